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

/// <summary>
/// A person's <see cref="FieldMerge"/> per field name, built on first access and then kept: listing people needs only
/// the values taken, so the full candidate lists are paid for only where they are read.
/// </summary>
public sealed class FieldMerges(Func<IReadOnlyDictionary<string, FieldMerge>> build) : IReadOnlyDictionary<string, FieldMerge>
{
    private readonly Lazy<IReadOnlyDictionary<string, FieldMerge>> _merges = new(build);

    public FieldMerge this[string key] => _merges.Value[key];

    public IEnumerable<string> Keys => _merges.Value.Keys;

    public IEnumerable<FieldMerge> Values => _merges.Value.Values;

    public int Count => _merges.Value.Count;

    public bool ContainsKey(string key) => _merges.Value.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out FieldMerge value) =>
        _merges.Value.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, FieldMerge>> GetEnumerator() => _merges.Value.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
