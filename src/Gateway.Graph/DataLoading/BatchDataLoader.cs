namespace Gateway.Graph.DataLoading;

/// <summary>
/// A loader over a "keys in, dictionary out" batch function. A key the function does not return
/// resolves to <c>default</c> (null for reference types).
/// </summary>
public class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;

    /// <summary>Creates a loader calling <paramref name="fetch"/> once per batch.</summary>
    public BatchDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null,
        IEqualityComparer<TKey>? comparer = null)
        : base(options, comparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    /// <inheritdoc />
    protected override async Task FetchAsync(IReadOnlyList<TKey> keys, IDictionary<TKey, TValue?> results, CancellationToken cancellationToken)
    {
        var found = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            if (found.TryGetValue(key, out var value))
                results[key] = value;
        }
    }
}
