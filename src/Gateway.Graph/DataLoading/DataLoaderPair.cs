using GraphQL.DataLoader;

namespace Gateway.Graph.DataLoading;

/// <summary>
/// One key of a <see cref="DataLoaderBase{TKey, TValue}"/> and its pending result. Awaiting it sends
/// the batch it belongs to, unless that batch is already on its way.
/// </summary>
internal sealed class DataLoaderPair<TKey, TValue> : IDataLoaderResult<TValue>
    where TKey : notnull
{
    private readonly TaskCompletionSource<TValue> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly DataLoaderBatch<TKey, TValue>? _batch;

    internal DataLoaderPair(TKey key, DataLoaderBatch<TKey, TValue>? batch)
    {
        Key = key;
        _batch = batch;
    }

    /// <summary>The key this result is loaded for.</summary>
    public TKey Key { get; }

    /// <summary>Whether the result (or its failure) is known.</summary>
    public bool IsCompleted => _result.Task.IsCompleted;

    internal Task<TValue> Task => _result.Task;

    /// <inheritdoc />
    public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
    {
        if (!_result.Task.IsCompleted && _batch is not null)
            await _batch.DispatchAsync(cancellationToken).ConfigureAwait(false);
        return await _result.Task.ConfigureAwait(false);
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        => await GetResultAsync(cancellationToken).ConfigureAwait(false);

    internal void SetResult(TValue value) => _result.TrySetResult(value);

    internal void SetException(Exception exception) => _result.TrySetException(exception);
}
