using Gateway.Client.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Client;

/// <summary>Registers a generated client over a named <see cref="HttpClient"/>; the generated <c>AddXxxClient</c> calls it.</summary>
public static class GraphQLClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> built by <paramref name="create"/> over the named HttpClient
    /// <paramref name="name"/>; returns the HttpClient's builder for <c>ConfigureHttpClient</c> and handlers.
    /// </summary>
    public static IHttpClientBuilder AddGraphQLClient<TClient>(this IServiceCollection services, string name, Func<IGraphQLTransport, TClient> create)
        where TClient : class
    {
        services.AddTransient(sp => create(new HttpGraphQLTransport(sp.GetRequiredService<IHttpClientFactory>().CreateClient(name))));
        return services.AddHttpClient(name);
    }
}
