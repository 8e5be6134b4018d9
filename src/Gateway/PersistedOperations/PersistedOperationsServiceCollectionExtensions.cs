using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Gateway.PersistedOperations;

public static class PersistedOperationsServiceCollectionExtensions
{
    /// <summary>The Redis connection (StackExchange.Redis configuration string) shared by every instance.</summary>
    public const string RedisConnectionKey = "Cache:Redis";

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
        var redis = config[RedisConnectionKey];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton<IPersistedOperationStore>(sp => sp.GetRequiredService<InMemoryPersistedOperationStore>());
        }
        else
        {
            // Not failing at start when Redis is down: it only holds what clients can send again.
            var redisOptions = ConfigurationOptions.Parse(redis);
            redisOptions.AbortOnConnectFail = false;
            services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisOptions));
            services.TryAddSingleton<IPersistedOperationStore, RedisPersistedOperationStore>();
        }
        services.AddSingleton<PersistedOperationResolver>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution, ValidatedDocumentRules>();
        return services;
    }
}
