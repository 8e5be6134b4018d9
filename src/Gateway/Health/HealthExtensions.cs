using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Gateway.Health;

public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>
    /// One readiness check per registered upstream (its adapter's probe), named after the upstream's code, and
    /// <c>redis</c> when Redis is configured.
    /// </summary>
    public static IServiceCollection AddGatewayHealth(this IServiceCollection services)
    {
        services.AddHealthChecks();
        // The upstreams are known once every adapter is registered, so the checks are added when the options are built.
        services.AddSingleton<IConfigureOptions<HealthCheckServiceOptions>>(sp => new ConfigureOptions<HealthCheckServiceOptions>(options =>
        {
            foreach (var upstream in sp.GetRequiredService<SourceIdentities>().All.Select(s => s.Upstream))
            {
                options.Registrations.Add(new HealthCheckRegistration(
                    upstream.Code,
                    checks => new UpstreamHealthCheck(checks.GetRequiredService<IServiceScopeFactory>(), checks.GetRequiredService<IUpstreamBreakers>(), upstream),
                    HealthStatus.Degraded,
                    [ReadyTag],
                    TimeSpan.FromSeconds(5)));
            }
        }));

        if (services.Any(d => d.ServiceType == typeof(StackExchange.Redis.IConnectionMultiplexer)))
        {
            services.AddHealthChecks().Add(new HealthCheckRegistration(
                "redis",
                sp => new RedisHealthCheck(sp.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>()),
                HealthStatus.Degraded,
                [ReadyTag],
                TimeSpan.FromSeconds(2)));
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
