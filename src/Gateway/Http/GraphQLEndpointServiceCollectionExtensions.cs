using Gateway.PersistedOperations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Http;

/// <summary>Registers the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointServiceCollectionExtensions
{
    /// <summary>
    /// Adds the endpoint's services and binds <see cref="GraphQLEndpointOptions"/> from <c>GraphQL:Endpoint</c>.
    /// The schema, <c>IDocumentExecuter&lt;ISchema&gt;</c> and <c>IGraphQLTextSerializer</c> come from
    /// GraphQL.NET's <c>AddGraphQL(b =&gt; b.AddSchema&lt;…&gt;().AddSystemTextJson())</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLEndpoint(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<GraphQLEndpointOptions>()
            .Bind(config.GetSection(GraphQLEndpointOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddPersistedOperations(config);
        services.AddSingleton<ResponseCaching>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLEndpoint>();
        return services;
    }
}
