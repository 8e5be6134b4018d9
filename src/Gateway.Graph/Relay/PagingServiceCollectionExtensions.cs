using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.Relay;

/// <summary>Registers <see cref="PagingOptions"/>.</summary>
public static class PagingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PagingOptions"/> from <c>Graph:Paging</c> and validates it on start:
    /// both sizes above zero and the default not above the maximum.
    /// </summary>
    public static IServiceCollection AddPaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PagingOptions>()
            .Bind(configuration.GetSection(PagingOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.DefaultPageSize <= o.MaxPageSize, "Graph:Paging:DefaultPageSize must not exceed MaxPageSize.")
            .ValidateOnStart();
        return services;
    }
}
