namespace Gateway.Graph.DataLoading;

/// <summary>Behaviour shared by every <see cref="DataLoaderBase{TKey, TValue}"/>.</summary>
/// <param name="MaxBatchSize">Most keys passed to one fetch call; a larger batch is split into chunks fetched concurrently.</param>
/// <param name="Cache">Whether results are memoized per loader instance (that is, per request).</param>
public sealed record DataLoaderOptions(int MaxBatchSize = int.MaxValue, bool Cache = true)
{
    /// <summary>The options used when a loader is given none.</summary>
    public static DataLoaderOptions Default { get; } = new();
}
