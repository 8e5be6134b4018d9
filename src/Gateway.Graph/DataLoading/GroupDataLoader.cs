namespace Gateway.Graph.DataLoading;

/// <summary>
/// A loader over a "keys in, lookup out" batch function, for one-to-many relations such as the
/// members of a team. A key without entries resolves to an empty array.
/// </summary>
public class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> _fetch;

    /// <summary>Creates a loader calling <paramref name="fetch"/> once per batch.</summary>
    public GroupDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null,
        IEqualityComparer<TKey>? comparer = null)
        : base(options, comparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    /// <inheritdoc />
    protected override async Task FetchAsync(IReadOnlyList<TKey> keys, IDictionary<TKey, TValue[]> results, CancellationToken cancellationToken)
    {
        var found = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        // ILookup's indexer returns an empty sequence for a missing key.
        foreach (var key in keys)
            results[key] = found[key].ToArray();
    }
}
