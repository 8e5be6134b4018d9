using Gateway.Upstreams.Common;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Health;

public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>One readiness check per upstream, named after the upstream's code.</summary>
    public static IServiceCollection AddGatewayHealth(this IServiceCollection services)
    {
        var checks = services.AddHealthChecks();
        foreach (var upstream in UpstreamName.BuiltIn)
        {
            checks.Add(new HealthCheckRegistration(
                upstream.Code,
                sp => new UpstreamHealthCheck(sp.GetRequiredService<IUpstreamProbe>(), upstream),
                HealthStatus.Degraded,
                [ReadyTag],
                TimeSpan.FromSeconds(5)));
        }
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers (no checks). <c>/health/ready</c>: every upstream, as JSON.</summary>
    public static WebApplication MapGatewayHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponseWriter.WriteAsync });
        return app;
    }
}
