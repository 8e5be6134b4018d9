using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

/// <summary>
/// Collects keys, sends them to <see cref="FetchAsync"/> in one batch when the first pending result is
/// awaited, and memoizes the results for the lifetime of the instance. Register loaders as scoped
/// services: one instance per request, so users with different permissions never share a cache.
/// </summary>
/// <remarks>
/// GraphQL.NET's execution strategies collect every <see cref="IDataLoaderResult"/> returned at one level
/// of the query before awaiting any of them, so sibling fields end up in the same batch.
/// </remarks>
public abstract class DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    // One lock guards the cache and the queue; every section only touches dictionaries, so it always exits.
    private readonly object _lock = new();
    private readonly Dictionary<TKey, DataLoaderPair<TKey, TValue>> _cache;
    private readonly IEqualityComparer<TKey> _comparer;
    private DataLoaderBatch<TKey, TValue>? _queue;

    /// <summary>Creates a loader.</summary>
    /// <param name="options">Batch size and caching; <see cref="DataLoaderOptions.Default"/> when null.</param>
    /// <param name="comparer">Key equality, e.g. <see cref="StringComparer.OrdinalIgnoreCase"/> for emails.</param>
    protected DataLoaderBase(DataLoaderOptions? options = null, IEqualityComparer<TKey>? comparer = null)
    {
        Options = options ?? DataLoaderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxBatchSize, 1, nameof(options));
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
        _cache = new Dictionary<TKey, DataLoaderPair<TKey, TValue>>(_comparer);
    }

    /// <summary>The options this loader was created with.</summary>
    public DataLoaderOptions Options { get; }

    /// <summary>The name batches are traced and measured under; the concrete type's name unless set.</summary>
    public string Name { get => field ?? GetType().Name; init; }

    /// <summary>Queues <paramref name="key"/> (or finds it in the cache) and returns its pending result.</summary>
    public IDataLoaderResult<TValue> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            if (Options.Cache && _cache.TryGetValue(key, out var cached))
                return cached;
            _queue ??= new DataLoaderBatch<TKey, TValue>(this, _comparer);
            if (_queue.Pairs.TryGetValue(key, out var queued))
                return queued;
            var pair = new DataLoaderPair<TKey, TValue>(key, _queue);
            _queue.Pairs.Add(key, pair);
            if (Options.Cache)
                _cache[key] = pair;
            return pair;
        }
    }

    /// <summary>Queues every key in the same batch and returns one result that completes when all have loaded.</summary>
    public IDataLoaderResult<TValue[]> LoadAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return new DataLoaderResultList<TValue>(keys.Select(LoadAsync).ToArray());
    }

    /// <summary>
    /// Puts a known value in the cache, for instance a person loaded by id primes the by-email loader.
    /// Does nothing when the key is already cached or caching is off.
    /// </summary>
    public void Prime(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Options.Cache)
            return;
        lock (_lock)
        {
            if (_cache.ContainsKey(key))
                return;
            var pair = new DataLoaderPair<TKey, TValue>(key, batch: null);
            pair.SetResult(value);
            _cache.Add(key, pair);
        }
    }

    /// <summary>Forgets the cached result of <paramref name="key"/>, typically after a mutation changed it.</summary>
    public void Clear(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
            _cache.Remove(key);
    }

    /// <summary>
    /// Fetches <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>) and
    /// stores what was found in <paramref name="results"/>. A key left out resolves to <c>default</c>.
    /// Throwing fails every key of this call; such failures are not cached.
    /// </summary>
    protected abstract Task FetchAsync(IReadOnlyList<TKey> keys, IDictionary<TKey, TValue> results, CancellationToken cancellationToken);

    internal async Task DispatchAsync(DataLoaderBatch<TKey, TValue> batch, CancellationToken cancellationToken)
    {
        DataLoaderPair<TKey, TValue>[] pairs;
        lock (_lock)
        {
            // Keys loaded from now on start the next batch.
            if (ReferenceEquals(_queue, batch))
                _queue = null;
            pairs = batch.Pairs.Values.Where(p => !p.IsCompleted).ToArray();
        }
        var chunks = pairs.Chunk(Options.MaxBatchSize).Select(chunk => FetchChunkAsync(chunk, cancellationToken));
        await Task.WhenAll(chunks).ConfigureAwait(false);
    }

    private async Task FetchChunkAsync(DataLoaderPair<TKey, TValue>[] chunk, CancellationToken cancellationToken)
    {
        var results = new Dictionary<TKey, TValue>(_comparer);
        using var activity = DataLoaderTelemetry.StartBatch(Name, chunk.Length);
        try
        {
            await FetchAsync(chunk.Select(p => p.Key).ToArray(), results, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            Forget(chunk);
            foreach (var pair in chunk)
                pair.SetException(ex);
            return;
        }
        foreach (var pair in chunk)
            pair.SetResult(results.TryGetValue(pair.Key, out var value) ? value : default!);
    }

    // A whole-batch failure (upstream down, request aborted) is not the key's answer: a later load retries.
    private void Forget(DataLoaderPair<TKey, TValue>[] failed)
    {
        lock (_lock)
        {
            foreach (var pair in failed)
            {
                if (_cache.TryGetValue(pair.Key, out var cached) && ReferenceEquals(cached, pair))
                    _cache.Remove(pair.Key);
            }
        }
    }
}
