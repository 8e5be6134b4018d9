using Gateway.Graph;
using Gateway.Http;
using Gateway.Playground;
using Gateway.Upstreams;

namespace Gateway.Hosting;

public static class GatewayHostingExtensions
{
    /// <summary>Everything the gateway needs: upstream clients, the graph, the GraphQL endpoint, the playground, health.</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddUpstreams(builder.Configuration);
        builder.Services.AddPeopleGraph(builder.Configuration);
        builder.Services.AddGraphQLEndpoint(builder.Configuration);
        builder.Services.AddBananaCakePop(builder.Configuration, builder.Environment);
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        // Before the endpoint: a browser's GET of /graphql gets the IDE, every GraphQL request passes through.
        app.UseBananaCakePop("/graphql");
        app.MapHealthChecks("/health/live");
        app.MapGraphQLEndpoint("/graphql");
        return app;
    }
}
