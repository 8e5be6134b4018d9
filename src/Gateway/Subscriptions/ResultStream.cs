using System.Threading.Channels;
using GraphQL;

namespace Gateway.Subscriptions;

/// <summary>
/// A subscription's results between GraphQL.NET's observable and a transport's send loop, bounded: a client that
/// reads slower than events arrive fills the buffer, and its subscription ends with <see cref="SubscriberTooSlowException"/>
/// instead of holding memory without limit.
/// </summary>
internal sealed class ResultStream : IObserver<ExecutionResult>, IDisposable
{
    public const int Capacity = 256;

    private readonly Channel<ExecutionResult> _channel =
        Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
    private IDisposable? _subscription;

    public static ResultStream Subscribe(IObservable<ExecutionResult> source)
    {
        var stream = new ResultStream();
        stream._subscription = source.Subscribe(stream);
        return stream;
    }

    public ChannelReader<ExecutionResult> Reader => _channel.Reader;

    public void OnNext(ExecutionResult value)
    {
        if (!_channel.Writer.TryWrite(value))
            _channel.Writer.TryComplete(new SubscriberTooSlowException());
    }

    public void OnError(Exception error) => _channel.Writer.TryComplete(error);

    public void OnCompleted() => _channel.Writer.TryComplete();

    public void Dispose() => _subscription?.Dispose();
}

internal sealed class SubscriberTooSlowException()
    : Exception($"The subscription was ended because the client did not read its events: more than {ResultStream.Capacity} were waiting.");
