using Gateway.Upstreams.Common.Redis;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Locking.Distributed.Redis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Gateway.Upstreams.Common.Snapshots;

internal static class SnapshotServiceCollectionExtensions
{
    /// <summary>
    /// The snapshot store: FusionCache with memory always; with <c>Cache:Redis</c>, Redis as second level, a Redis
    /// backplane and a Redis distributed lock, all on the one shared connection.
    /// </summary>
    public static IServiceCollection AddUpstreamSnapshots(this IServiceCollection services, IConfiguration config)
    {
        foreach (var upstream in UpstreamName.BuiltIn)
        {
            services.AddOptions<FreshnessOptions>(upstream.ToString())
                .Bind(config.GetSection(FreshnessOptions.SectionName))
                .Bind(config.GetSection(FreshnessOptions.SectionOf(upstream)))
                .Validate(o => o.MaxAge >= TimeSpan.Zero && o.MaxStale >= TimeSpan.Zero,
                    $"{FreshnessOptions.SectionName}:MaxAge and :MaxStale (and {FreshnessOptions.SectionOf(upstream)}) must not be negative.")
                .ValidateOnStart();
        }

        var shared = services.TryAddSharedRedis(config);
        services.AddSingleton<SnapshotStatus>();
        services.AddSingleton(sp => new SnapshotVersions(shared ? sp.GetRequiredService<IConnectionMultiplexer>() : null, sp.GetRequiredService<ILogger<SnapshotVersions>>()));
        services.AddSingleton<UpstreamSnapshots>();

        var cache = services.AddFusionCache(UpstreamSnapshots.CacheName)
            .WithCacheKeyPrefix("gateway:snapshots:")
            .WithOptions(o =>
            {
                // Redis failing is survived: skip it for a moment rather than paying its timeout on every read.
                o.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(2);
                o.BackplaneCircuitBreakerDuration = TimeSpan.FromSeconds(2);
                o.DistributedCacheErrorsLogLevel = LogLevel.Warning;
                o.BackplaneErrorsLogLevel = LogLevel.Warning;
            });
        if (shared)
        {
            Func<IServiceProvider, Func<Task<IConnectionMultiplexer>>> connection = sp => () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>());
            cache.WithSerializer(new FusionCacheSystemTextJsonSerializer())
                .WithDistributedCache(sp => new RedisCache(new RedisCacheOptions { ConnectionMultiplexerFactory = connection(sp) }))
                .WithBackplane(sp => new RedisBackplane(new RedisBackplaneOptions { ConnectionMultiplexerFactory = connection(sp) }))
                .WithDistributedLocker(sp => new RedisDistributedLocker(new RedisDistributedLockerOptions { ConnectionMultiplexerFactory = connection(sp) }));
        }

        return services;
    }
}
