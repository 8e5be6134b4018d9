using Microsoft.Extensions.DependencyInjection.Extensions;
using Gateway.Upstreams.Common.Redis;

namespace Gateway.PersistedOperations;

public static class PersistedOperationsServiceCollectionExtensions
{
    /// <summary>The Redis connection (StackExchange.Redis configuration string) shared by every instance.</summary>
    public const string RedisConnectionKey = SharedRedis.ConnectionKey;

    /// <summary>
    /// Binds <see cref="PersistedOperationsOptions"/> from <c>PersistedOperations</c> and adds the store: the manifests
    /// from <see cref="PersistedOperationsOptions.Directory"/> (loaded and checked at start) and automatic registrations
    /// in memory, shared through Redis when <c>Cache:Redis</c> is set. Another <see cref="IPersistedOperationStore"/>
    /// registered before wins.
    /// </summary>
    public static IServiceCollection AddPersistedOperations(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<PersistedOperationsOptions>()
            .Bind(config.GetSection(PersistedOperationsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<InMemoryPersistedOperationStore>();
        // Not failing at start when Redis is down: it only holds what clients can send again.
        if (services.TryAddSharedRedis(config))
        {
            services.TryAddSingleton<IPersistedOperationStore, RedisPersistedOperationStore>();
        }
        else
        {
            services.TryAddSingleton<IPersistedOperationStore>(sp => sp.GetRequiredService<InMemoryPersistedOperationStore>());
        }
        services.AddSingleton<PersistedOperationResolver>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution, ValidatedDocumentRules>();
        return services;
    }
}
