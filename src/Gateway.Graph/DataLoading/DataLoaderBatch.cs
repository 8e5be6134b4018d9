namespace Gateway.Graph.DataLoading;

/// <summary>The keys queued between two dispatches of one loader, sent together on the first await.</summary>
internal sealed class DataLoaderBatch<TKey, TValue>(DataLoaderBase<TKey, TValue> loader, IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private TaskCompletionSource? _dispatched;

    /// <summary>The queued keys; guarded by the owning loader's lock until the batch is detached.</summary>
    public Dictionary<TKey, DataLoaderPair<TKey, TValue>> Pairs { get; } = new(comparer);

    /// <summary>Sends the batch once; every later caller awaits the same completion.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        var dispatched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Exactly one caller wins the exchange and runs the fetch; the fetch runs outside any lock,
        // so a fetch that awaits another loader cannot deadlock on this one.
        if (Interlocked.CompareExchange(ref _dispatched, dispatched, null) is { } existing)
            return existing.Task;
        return RunAsync(dispatched, cancellationToken);
    }

    private async Task RunAsync(TaskCompletionSource dispatched, CancellationToken cancellationToken)
    {
        await loader.DispatchAsync(this, cancellationToken).ConfigureAwait(false);
        dispatched.SetResult();
    }
}
