using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

/// <summary>Several pending results awaited as one, so a list of keys stays in one batch.</summary>
internal sealed class DataLoaderResultList<TValue>(IDataLoaderResult<TValue>[] items) : IDataLoaderResult<TValue[]>
{
    // Awaiting all at once sends every batch the items belong to (usually one) without waiting on each other.
    public Task<TValue[]> GetResultAsync(CancellationToken cancellationToken = default)
        => Task.WhenAll(items.Select(item => item.GetResultAsync(cancellationToken)));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        => await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
