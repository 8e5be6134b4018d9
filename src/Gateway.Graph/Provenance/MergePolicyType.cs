using GraphQL.Types;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Provenance;

public sealed class MergePolicyKindType : EnumerationGraphType
{
    public MergePolicyKindType()
    {
        Name = "MergePolicyKind";
        Description = "How the merge picks a field's value among a person's records.";
        Add("ORDERED_SOURCES", MergePolicyKind.OrderedSources, "The first source in `sources` that holds a value wins.");
        Add("MOST_RECENTLY_UPDATED", MergePolicyKind.MostRecentlyUpdated,
            "The record changed most recently wins among those with a change time (People v3's `updated_at`); the others follow in `sources` order.");
    }
}

public sealed class MergePolicyType : ObjectGraphType<MergePolicy>
{
    public MergePolicyType()
    {
        Name = "MergePolicy";
        Description = "The merge policy of one field, as configured (`Graph:Merge:Precedence:<Field>`).";
        Field<NonNullGraphType<MergePolicyKindType>>("kind").Description("Ordered sources, or most recently updated.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceSystemType>>>>("sources")
            .Description("The sources that may supply the field, most preferred first.").Resolve(ctx => ctx.Source.Sources);
    }
}
