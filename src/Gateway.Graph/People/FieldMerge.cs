using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>One account's value for a merged field: which upstream, which record there, and what it holds.</summary>
public sealed record MergeCandidate(UpstreamName Source, string AccountId, object Value);

/// <summary>
/// How one field of a merged person was decided: every account that holds a value for it, in precedence order, and
/// the one taken (the first; null when no account holds the field). Computed once per person by <see cref="PersonMerger"/>.
/// </summary>
public sealed record FieldMerge(string Field, IReadOnlyList<MergeCandidate> Candidates)
{
    public MergeCandidate? Chosen => Candidates.Count > 0 ? Candidates[0] : null;
}
