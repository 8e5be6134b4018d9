using Gateway.ChangeFeed;
using Gateway.Cors;
using Gateway.Graph;
using Gateway.Health;
using Gateway.Http;
using Gateway.Limits;
using Gateway.Playground;
using Gateway.RateLimiting;
using Gateway.Security;
using Gateway.Subscriptions;
using Gateway.Telemetry;
using Gateway.Upstreams;

namespace Gateway.Hosting;

public static class GatewayHostingExtensions
{
    /// <summary>
    /// Everything the gateway needs: upstream clients, the graph, the GraphQL endpoint with its query limits,
    /// concurrency limit and persisted operations, the playground, authentication, CORS, per-client rate limits, health
    /// and telemetry. Throws in Production when authentication or the person id key (<c>Graph:Ids:Key</c>) is not configured.
    /// </summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddUpstreams(builder.Configuration);
        builder.Services.AddPeopleGraph(builder.Configuration);
        builder.Services.AddGraphQLEndpoint(builder.Configuration);
        builder.Services.AddChangeFeed(builder.Configuration);
        builder.Services.AddGraphQLStreamingTransports();
        builder.Services.AddQueryLimits(builder.Configuration);
        builder.Services.AddGraphQLConcurrencyLimit(builder.Configuration);
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
        // Both apply only to endpoints that ask for them: the GraphQL endpoint, never health probes (which must not
        // wait behind GraphQL work) or the playground's files. Per-client limits first, so one client's flood is
        // refused with 429 before it takes execution slots from the others.
        app.UseRateLimiter();
        app.UseGraphQLStreamingTransports("/graphql");
        app.UseConcurrencyLimit();
        app.MapGatewayHealth();
        app.MapSecuredGraphQLEndpoint("/graphql")
            .RequireRateLimiting(RateLimitingExtensions.PolicyName)
            .WithConcurrencyLimit();
        return app;
    }
}
