using System.Collections.Concurrent;
using Gateway.Upstreams.Common.Http;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.Common.Resilience;

/// <summary>
/// Detects a stalled read without waiting for a breaker's sampling window to fill: each read operation remembers how
/// long its last successful attempts took, and an attempt that runs <see cref="UpstreamResilienceOptions.ReadStallLatencyMultiplier"/>
/// times longer than the slowest of them (never less than <see cref="UpstreamResilienceOptions.ReadStallTimeoutFloor"/>,
/// never more than <see cref="UpstreamResilienceOptions.ReadAttemptTimeout"/>) is cut as stalled. Before an operation
/// has enough history the configured attempt timeout applies. Writes never pass here: they keep their own timeout.
/// </summary>
internal sealed class ReadStallDetector(IOptions<UpstreamResilienceOptions> options)
{
    /// <summary>Successful attempts remembered per operation; enough to ride over a slow one, few enough to follow a change.</summary>
    internal const int Window = 32;

    /// <summary>Successes needed before the history is trusted to shorten the timeout.</summary>
    internal const int MinimumSamples = 3;

    private readonly ConcurrentDictionary<(UpstreamName, string), Latencies> _operations = new();

    /// <summary>The timeout of the next attempt of this read, and whether it is shorter than the configured one.</summary>
    public (TimeSpan Timeout, bool IsStallCut) AttemptTimeout(UpstreamCall call)
    {
        var o = options.Value;
        if (!_operations.TryGetValue((call.Upstream, call.Operation), out var latencies) || latencies.Slowest() is not { } slowest)
        {
            return (o.ReadAttemptTimeout, false);
        }

        var stall = TimeSpan.FromTicks((long)(slowest.Ticks * o.ReadStallLatencyMultiplier));
        if (stall < o.ReadStallTimeoutFloor) stall = o.ReadStallTimeoutFloor;
        return stall < o.ReadAttemptTimeout ? (stall, true) : (o.ReadAttemptTimeout, false);
    }

    /// <summary>A read attempt answered with a usable status after <paramref name="elapsed"/>, body included.</summary>
    public void RecordSuccess(UpstreamCall call, TimeSpan elapsed) =>
        _operations.GetOrAdd((call.Upstream, call.Operation), _ => new Latencies()).Add(elapsed);

    private sealed class Latencies
    {
        private readonly TimeSpan[] _ring = new TimeSpan[Window];
        private readonly Lock _gate = new();
        private int _count;
        private int _next;

        public void Add(TimeSpan elapsed)
        {
            lock (_gate)
            {
                _ring[_next] = elapsed;
                _next = (_next + 1) % Window;
                _count = Math.Min(_count + 1, Window);
            }
        }

        public TimeSpan? Slowest()
        {
            lock (_gate)
            {
                if (_count < MinimumSamples) return null;
                var slowest = TimeSpan.Zero;
                for (var i = 0; i < _count; i++)
                {
                    if (_ring[i] > slowest) slowest = _ring[i];
                }

                return slowest;
            }
        }
    }
}
