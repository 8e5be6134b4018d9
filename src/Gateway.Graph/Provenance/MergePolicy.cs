using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

public enum MergePolicyKind
{
    /// <summary>The first source in <see cref="MergePolicy.Sources"/> that holds a value wins.</summary>
    OrderedSources,

    /// <summary>
    /// The record changed most recently wins, among the records that carry a change time (People v3's <c>updated_at</c>);
    /// records without one follow, in <see cref="MergePolicy.Sources"/> order.
    /// </summary>
    MostRecentlyUpdated,
}

/// <summary>How the merge picks one field's value among a person's records.</summary>
public sealed record MergePolicy(MergePolicyKind Kind, IReadOnlyList<UpstreamName> Sources)
{
    public static MergePolicy Ordered(params UpstreamName[] sources) => new(MergePolicyKind.OrderedSources, sources);

    /// <summary>
    /// The candidates in the order the policy prefers them: by source rank, records of one source in the order listed;
    /// with <see cref="MergePolicyKind.MostRecentlyUpdated"/>, timestamped records first, newest first. Sources the
    /// policy does not name never feed the field. A stable sort, so equal ranks keep their order.
    /// </summary>
    public IEnumerable<AccountValues> Rank(IEnumerable<AccountValues> accounts)
    {
        var ranked = accounts.Where(a => Sources.Contains(a.Source)).OrderBy(a => IndexOf(a.Source));
        return Kind == MergePolicyKind.MostRecentlyUpdated
            ? ranked.OrderBy(a => a.UpdatedAt is null).ThenByDescending(a => a.UpdatedAt ?? DateTimeOffset.MinValue)
            : ranked;
    }

    private int IndexOf(UpstreamName source)
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            if (Sources[i] == source) return i;
        }

        return int.MaxValue;
    }
}
