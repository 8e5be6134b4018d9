namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// An <see cref="IObservable{T}"/> over an async stream (GraphQL.NET's subscriptions take observables): each subscriber
/// runs its own enumeration, stopped by disposing the subscription.
/// </summary>
internal sealed class AsyncEnumerableObservable<T>(Func<CancellationToken, IAsyncEnumerable<T>> source) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        var cancellation = new CancellationTokenSource();
        _ = RunAsync(observer, cancellation.Token);
        return new Subscription(cancellation);
    }

    private async Task RunAsync(IObserver<T> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source(cancellationToken).WithCancellation(cancellationToken))
                observer.OnNext(item);
            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed: nobody to tell.
        }
        catch (Exception error)
        {
            observer.OnError(error);
        }
    }

    private sealed class Subscription(CancellationTokenSource cancellation) : IDisposable
    {
        public void Dispose()
        {
            cancellation.Cancel();
            cancellation.Dispose();
        }
    }
}
