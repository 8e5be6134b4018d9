using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Health;

/// <summary>
/// One upstream's readiness: its adapter's probe, one cheap read through the real client (so through its breaker). An
/// unreachable upstream is Degraded, not Unhealthy: the gateway still answers with partial data from the others.
/// </summary>
internal sealed class UpstreamHealthCheck(IServiceScopeFactory scopes, IUpstreamBreakers breakers, UpstreamName upstream) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reachable = await IsReachableAsync(cancellationToken);
        var circuitOpen = breakers.IsCircuitOpen(upstream);
        var data = new Dictionary<string, object>
        {
            ["upstream"] = upstream.Code,
            ["reachable"] = reachable,
            ["circuit"] = circuitOpen ? "open" : "closed",
        };
        return reachable
            ? HealthCheckResult.Healthy("Reachable.", data)
            : HealthCheckResult.Degraded(circuitOpen ? "Circuit open: calls fail fast." : "Not reachable.", data: data);
    }

    private async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<SourceCatalog>()[upstream].ProbeAsync(cancellationToken);
            return true;
        }
        catch (UpstreamException)
        {
            return false;
        }
    }
}
