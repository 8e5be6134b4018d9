using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Gateway.Health;

/// <summary>
/// The shared Redis (<c>Cache:Redis</c>): one PING. Down is Degraded, never Unhealthy: requests go on from memory and the
/// upstreams, only sharing between instances pauses. The result names no endpoint or credential.
/// </summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy("Reachable.", new Dictionary<string, object> { ["latencyMs"] = Math.Round(latency.TotalMilliseconds, 1) });
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Degraded(
                "Not reachable: snapshots, persisted operations and version stamps are per instance until it is back.",
                data: new Dictionary<string, object> { ["error"] = e.GetType().Name });
        }
    }
}
