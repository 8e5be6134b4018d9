using System.Collections.Concurrent;

namespace Gateway.Upstreams.Common.Resilience;

/// <summary>The Retry-After windows of this instance only; other instances learn of a 429 from their own first call.</summary>
public sealed class InMemoryRetryAfterWindows : IRetryAfterWindows
{
    private readonly ConcurrentDictionary<UpstreamName, DateTimeOffset> _ends = new();

    public ValueTask<DateTimeOffset?> EndOfWindowAsync(UpstreamName upstream, CancellationToken ct) =>
        ValueTask.FromResult(_ends.TryGetValue(upstream, out var end) ? end : (DateTimeOffset?)null);

    public ValueTask ExtendAsync(UpstreamName upstream, DateTimeOffset end, CancellationToken ct)
    {
        _ends.AddOrUpdate(upstream, end, (_, known) => known > end ? known : end);
        return ValueTask.CompletedTask;
    }

    public ValueTask ForgetAsync(UpstreamName upstream, CancellationToken ct)
    {
        _ends.TryRemove(upstream, out _);
        return ValueTask.CompletedTask;
    }
}
