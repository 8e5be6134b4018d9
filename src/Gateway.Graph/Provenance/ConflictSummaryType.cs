using GraphQL.Types;

namespace Gateway.Graph.Provenance;

public sealed class ConflictSummaryType : ObjectGraphType<ConflictSummary>
{
    public ConflictSummaryType()
    {
        Name = "ConflictSummary";
        Description = "The conflicts of the whole directory, counted.";
        Field<NonNullGraphType<IntGraphType>>("people").Description("People with at least one conflict.").Resolve(ctx => ctx.Source.People);
        Field<NonNullGraphType<IntGraphType>>("conflicts").Description("Conflicts in total.").Resolve(ctx => ctx.Source.Conflicts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictCountType>>>>("counts")
            .Description("Conflicts per kind and field, in kind then field order; pairs with no conflict are left out.").Resolve(ctx => ctx.Source.Counts);
    }
}

public sealed class ConflictCountType : ObjectGraphType<ConflictCount>
{
    public ConflictCountType()
    {
        Name = "ConflictCount";
        Description = "How many conflicts of one kind about one field.";
        Field<NonNullGraphType<ConflictKindType>>("kind").Description("The kind.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<PersonFieldType>>("field").Description("The field.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(ctx => ctx.Source.Count);
    }
}
