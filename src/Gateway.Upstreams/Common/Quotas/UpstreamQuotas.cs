using System.Threading.RateLimiting;
using Gateway.Upstreams.Common.Http;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.Common.Quotas;

/// <summary>Each upstream's limiters (System.Threading.RateLimiting), built once from <see cref="QuotaOptions"/>, per instance.</summary>
public sealed class UpstreamQuotas : IDisposable
{
    private static readonly TimeSpan Segment = TimeSpan.FromSeconds(10);

    private readonly Dictionary<UpstreamName, (RateLimiter? PerMinute, RateLimiter? Concurrent)> _limiters;

    public UpstreamQuotas(IOptionsMonitor<QuotaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limiters = UpstreamName.BuiltIn.ToDictionary(u => u, u => Build(options.Get(u.ToString())));
    }

    /// <summary>
    /// Holds the call's place within the upstream's quota until disposed, or throws RateLimited with when to come back:
    /// the per-minute budget never waits, a concurrency slot waits only behind a bounded queue.
    /// </summary>
    internal async ValueTask<IDisposable?> EnterAsync(UpstreamCall call, CancellationToken ct)
    {
        var (perMinute, concurrent) = _limiters[call.Upstream];
        RateLimitLease? minute = null;
        if (perMinute is not null)
        {
            minute = await perMinute.AcquireAsync(1, ct);
            if (!minute.IsAcquired)
            {
                var wait = minute.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Segment;
                minute.Dispose();
                throw UpstreamErrors.RateLimited(call, wait, "this gateway instance's quota for it (Quota:RequestsPerMinute) is used up");
            }
        }

        if (concurrent is null)
        {
            return minute;
        }

        var slot = await concurrent.AcquireAsync(1, ct);
        if (!slot.IsAcquired)
        {
            slot.Dispose();
            minute?.Dispose();
            throw UpstreamErrors.RateLimited(call, TimeSpan.FromSeconds(1), "too many calls to it are in flight or waiting (Quota:MaxConcurrent)");
        }

        return minute is null ? slot : new Both(minute, slot);
    }

    public void Dispose()
    {
        foreach (var (perMinute, concurrent) in _limiters.Values)
        {
            perMinute?.Dispose();
            concurrent?.Dispose();
        }
    }

    private static (RateLimiter?, RateLimiter?) Build(QuotaOptions quota) =>
    (
        quota.RequestsPerMinute > 0
            ? new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = quota.RequestsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : null,
        quota.MaxConcurrent > 0
            ? new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = quota.MaxConcurrent,
                QueueLimit = Math.Max(0, quota.MaxQueued),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : null
    );

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            second.Dispose();
            first.Dispose();
        }
    }
}
