using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Gateway.Upstreams.Common.Redis;

/// <summary>The one Redis connection every instance-shared store uses (snapshots, persisted operations), when configured.</summary>
public static class SharedRedis
{
    /// <summary>The Redis connection (StackExchange.Redis configuration string) shared by every instance.</summary>
    public const string ConnectionKey = "Cache:Redis";

    public static bool IsConfigured(IConfiguration config) => !string.IsNullOrWhiteSpace(config?[ConnectionKey]);

    /// <summary>
    /// Registers <see cref="IConnectionMultiplexer"/> once when <c>Cache:Redis</c> is set; returns whether it is.
    /// The gateway starts while Redis is down and reconnects by itself; commands fail at once while it is down
    /// (instead of queueing), so every store falls back to memory without making requests wait.
    /// </summary>
    public static bool TryAddSharedRedis(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!IsConfigured(config))
        {
            return false;
        }

        var options = ConfigurationOptions.Parse(config[ConnectionKey]!);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        return true;
    }
}
