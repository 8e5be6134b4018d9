using Gateway.Graph;
using Gateway.Health;
using Gateway.Http;
using Gateway.Limits;
using Gateway.Playground;
using Gateway.Security;
using Gateway.Telemetry;
using Gateway.Upstreams;

namespace Gateway.Hosting;

public static class GatewayHostingExtensions
{
    /// <summary>
    /// Everything the gateway needs: upstream clients, the graph, the GraphQL endpoint with its query limits and concurrency limit,
    /// the playground, authentication, health and telemetry. Throws in Production when authentication is not configured.
    /// </summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddUpstreams(builder.Configuration);
        builder.Services.AddPeopleGraph(builder.Configuration);
        builder.Services.AddGraphQLEndpoint(builder.Configuration);
        builder.Services.AddQueryLimits(builder.Configuration);
        builder.Services.AddGraphQLConcurrencyLimit(builder.Configuration);
        builder.Services.AddBananaCakePop(builder.Configuration, builder.Environment);
        builder.AddGatewaySecurity();
        builder.Services.AddGatewayHealth();
        builder.AddGatewayTelemetry();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.LogSecurityMode();
        app.UseCorrelationIds();
        // Before the endpoint: a browser's GET of /graphql gets the IDE, every GraphQL request passes through.
        app.UseBananaCakePop("/graphql");
        // Only the GraphQL endpoint is limited: health probes never wait behind GraphQL work.
        app.UseConcurrencyLimit();
        app.MapGatewayHealth();
        app.MapSecuredGraphQLEndpoint("/graphql").WithConcurrencyLimit();
        return app;
    }
}
