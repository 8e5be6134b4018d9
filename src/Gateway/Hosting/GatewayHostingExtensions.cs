using Gateway.Cors;
using Gateway.Graph;
using Gateway.Health;
using Gateway.Http;
using Gateway.Limits;
using Gateway.Playground;
using Gateway.RateLimiting;
using Gateway.Security;
using Gateway.Telemetry;
using Gateway.Upstreams;

namespace Gateway.Hosting;

public static class GatewayHostingExtensions
{
    /// <summary>
    /// Everything the gateway needs: upstream clients, the graph, the GraphQL endpoint with its query limits and
    /// persisted operations, the playground, authentication, CORS, per-client rate limits, health and telemetry.
    /// Throws in Production when authentication or the person id key (<c>Graph:Ids:Key</c>) is not configured.
    /// </summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddUpstreams(builder.Configuration);
        builder.Services.AddPeopleGraph(builder.Configuration);
        builder.Services.AddGraphQLEndpoint(builder.Configuration);
        builder.Services.AddQueryLimits(builder.Configuration);
        builder.Services.AddBananaCakePop(builder.Configuration, builder.Environment);
        builder.AddGatewaySecurity();
        builder.AddGatewayCors();
        builder.Services.AddGatewayRateLimiting(builder.Configuration);
        builder.AddPersonIdKey();
        builder.Services.AddGatewayHealth();
        builder.AddGatewayTelemetry();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.LogSecurityMode();
        app.LogPersonIdKey();
        app.UseCorrelationIds();
        // Before the endpoint: a browser's GET of /graphql gets the IDE, every GraphQL request passes through.
        app.UseBananaCakePop("/graphql");
        app.UseCors(CorsExtensions.PolicyName);
        // Applies to endpoints that ask for it: the GraphQL endpoint, not health checks or the playground's files.
        app.UseRateLimiter();
        app.MapGatewayHealth();
        app.MapSecuredGraphQLEndpoint("/graphql").RequireRateLimiting(RateLimitingExtensions.PolicyName);
        return app;
    }
}
