using GraphQL;

namespace Gateway.Subscriptions;

/// <summary>
/// Sends one operation's results as they come, with keep-alives while idle, until the stream completes, fails, or the
/// caller cancels (client gone, token expired, complete message).
/// </summary>
internal static class ResultPump
{
    /// <summary>
    /// A result without data ends a subscription: GraphQL.NET reports a failing source stream (e.g. an expired cursor)
    /// that way, and nothing follows it.
    /// </summary>
    public static bool IsTerminal(ExecutionResult result) => result.Data is null && result.Errors is { Count: > 0 };

    /// <summary>
    /// The error to tell the client when a stream failed: the source's own <see cref="ExecutionError"/> (e.g. an expired
    /// cursor, with its code), or <c>SUBSCRIPTION_ENDED</c> for a client too slow to read; null for anything else, which
    /// is a server failure.
    /// </summary>
    public static ExecutionError? EndingError(Exception error) => error switch
    {
        ExecutionError known => known,
        SubscriberTooSlowException => new ExecutionError(error.Message) { Code = "SUBSCRIPTION_ENDED" },
        _ => null,
    };

    public static async Task RunAsync(
        ResultStream stream, Func<ExecutionResult, Task> send, Func<Task>? keepAlive, TimeSpan keepAliveInterval, CancellationToken cancellationToken)
    {
        var reader = stream.Reader;
        while (true)
        {
            bool more;
            using (var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                if (keepAlive is not null)
                    idle.CancelAfter(keepAliveInterval);
                try
                {
                    more = await reader.WaitToReadAsync(idle.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    await keepAlive!();
                    continue;
                }
            }
            if (!more)
                return;
            while (reader.TryRead(out var result))
            {
                await send(result);
                if (IsTerminal(result))
                    return;
            }
        }
    }
}
