using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Http;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Answers GET (queries only) and POST at <paramref name="pattern"/>. Needs
    /// <see cref="GraphQLEndpointServiceCollectionExtensions.AddGraphQLEndpoint"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GraphQLEndpoint>();
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], endpoint.HandleAsync)
            .WithDisplayName("GraphQL");
    }
}
