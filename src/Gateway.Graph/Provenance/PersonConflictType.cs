using GraphQL.Types;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Provenance;

public sealed class PersonConflictType : ObjectGraphType<PersonConflict>
{
    public PersonConflictType()
    {
        Name = "PersonConflict";
        Description = "One disagreement between a person's records. Fix values and states with `resolvePersonConflict`.";
        Field<NonNullGraphType<PersonFieldType>>("field").Description("The field in question (EMAIL for duplicate and missing accounts).").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<ConflictKindType>>("kind").Description("How the records disagree.").Resolve(ctx => ctx.Source.Kind);
        Field<SourceSystemType>("system").Description("The one system concerned: the one with duplicate records or the one missing an account.").Resolve(ctx => ctx.Source.System);
        Field<StringGraphType>("chosen").Description("The value the merged person shows.").Resolve(ctx => ctx.Source.Chosen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceValueType>>>>("values").Description("The records involved and what each holds.").Resolve(ctx => ctx.Source.Values);
    }
}
