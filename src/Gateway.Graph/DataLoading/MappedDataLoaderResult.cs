using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

internal sealed class MappedDataLoaderResult<T, TResult>(IDataLoaderResult<T> parent, Func<T, CancellationToken, Task<TResult>> map)
    : IDataLoaderResult<TResult>
{
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var value = await parent.GetResultAsync(cancellationToken).ConfigureAwait(false);
        return await map(value, cancellationToken).ConfigureAwait(false);
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        => await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
