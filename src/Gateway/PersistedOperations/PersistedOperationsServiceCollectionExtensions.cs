using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.PersistedOperations;

public static class PersistedOperationsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PersistedOperationsOptions"/> from <c>PersistedOperations</c> and adds the in-memory store
    /// (manifests from <see cref="PersistedOperationsOptions.Directory"/>, loaded and checked at start) unless another
    /// <see cref="IPersistedOperationStore"/> is registered.
    /// </summary>
    public static IServiceCollection AddPersistedOperations(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<PersistedOperationsOptions>()
            .Bind(config.GetSection(PersistedOperationsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IPersistedOperationStore, InMemoryPersistedOperationStore>();
        services.AddSingleton<PersistedOperationResolver>();
        return services;
    }
}
