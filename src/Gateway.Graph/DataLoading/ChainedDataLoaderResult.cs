using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

internal sealed class ChainedDataLoaderResult<T, TResult>(IDataLoaderResult<T> parent, Func<T, IDataLoaderResult<TResult>> chain)
    : IDataLoaderResult<TResult>
{
    /// <summary>Awaits both loads; used when the caller needs the final value.</summary>
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var value = await parent.GetResultAsync(cancellationToken).ConfigureAwait(false);
        return await chain(value).GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    // The executor calls this one. Handing back the second pending result (not awaiting it) lets the
    // execution strategy queue it with the other pending results of this level, which keeps the
    // second loader batched across sibling fields.
    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
    {
        var value = await parent.GetResultAsync(cancellationToken).ConfigureAwait(false);
        return chain(value);
    }
}
