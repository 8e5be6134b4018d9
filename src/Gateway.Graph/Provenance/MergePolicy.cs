using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

public enum MergePolicyKind
{
    /// <summary>The first source in <see cref="MergePolicy.Sources"/> that holds a value wins; records of one source in the order it lists them.</summary>
    OrderedSources,

    /// <summary>
    /// The record changed most recently wins, among the records that carry a change time (People v3's <c>updated_at</c>);
    /// records without one follow, in <see cref="MergePolicy.Sources"/> order.
    /// </summary>
    MostRecentlyUpdated,
}

/// <summary>How the merge picks one field's value among a person's records, as configured in <c>Graph:Merge</c>.</summary>
public sealed record MergePolicy(MergePolicyKind Kind, IReadOnlyList<UpstreamName> Sources);
