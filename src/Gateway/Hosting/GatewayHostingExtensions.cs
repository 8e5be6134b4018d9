using Gateway.Graph;
using Gateway.Http;
using Gateway.Upstreams;

namespace Gateway.Hosting;

public static class GatewayHostingExtensions
{
    /// <summary>Everything the gateway needs: upstream clients, the graph, the GraphQL endpoint, health.</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddUpstreams(builder.Configuration);
        builder.Services.AddPeopleGraph(builder.Configuration);
        builder.Services.AddGraphQLEndpoint(builder.Configuration);
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.MapHealthChecks("/health/live");
        app.MapGraphQLEndpoint("/graphql");
        return app;
    }
}
