using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

/// <summary>Several pending results awaited as one, so a list of keys stays in one batch.</summary>
internal sealed class DataLoaderResultList<TValue>(IDataLoaderResult<TValue>[] items) : IDataLoaderResult<TValue[]>
{
    public async Task<TValue[]> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var values = new TValue[items.Length];
        // The first await sends the batch holding every item; the rest are then already complete.
        for (var i = 0; i < items.Length; i++)
            values[i] = await items[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
        return values;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        => await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
