using System.Globalization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Gateway.Upstreams.Common.Resilience;

/// <summary>
/// The Retry-After windows shared by every instance through Redis (<c>Cache:Redis</c>): one instance's 429 silences
/// them all. Each window is also kept in this instance's memory, which is what counts while Redis is down.
/// </summary>
public sealed class RedisRetryAfterWindows(InMemoryRetryAfterWindows local, IConnectionMultiplexer redis, ILogger<RedisRetryAfterWindows> logger)
    : IRetryAfterWindows
{
    private const string KeyPrefix = "gateway:retry-after:";

    // Keeps the later end, and expires the key with the window.
    private static readonly LuaScript ExtendScript = LuaScript.Prepare(
        "local known = tonumber(redis.call('GET', @key) or '0') " +
        "if tonumber(@end) > known then redis.call('SET', @key, @end, 'PX', @ttl) end");

    public async ValueTask<DateTimeOffset?> EndOfWindowAsync(UpstreamName upstream, CancellationToken ct)
    {
        var here = await local.EndOfWindowAsync(upstream, ct);
        try
        {
            var shared = await redis.GetDatabase().StringGetAsync(Key(upstream));
            if (shared.TryParse(out long unixMs))
            {
                var end = DateTimeOffset.FromUnixTimeMilliseconds(unixMs);
                return here is { } known && known > end ? known : end;
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning("Redis unavailable for Retry-After windows ({ErrorType}); this instance's own are used.", e.GetType().Name);
        }

        return here;
    }

    public async ValueTask ExtendAsync(UpstreamName upstream, DateTimeOffset end, CancellationToken ct)
    {
        await local.ExtendAsync(upstream, end, ct);
        var ttl = end - DateTimeOffset.UtcNow;
        if (ttl <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(ExtendScript, new
            {
                key = (RedisKey)Key(upstream),
                end = end.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                ttl = ((long)Math.Ceiling(ttl.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture),
            });
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning("Redis unavailable for Retry-After windows ({ErrorType}); the window holds on this instance only.", e.GetType().Name);
        }
    }

    public async ValueTask ForgetAsync(UpstreamName upstream, CancellationToken ct)
    {
        await local.ForgetAsync(upstream, ct);
        try
        {
            await redis.GetDatabase().KeyDeleteAsync(Key(upstream));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning("Redis unavailable for Retry-After windows ({ErrorType}); forgotten on this instance only.", e.GetType().Name);
        }
    }

    private static string Key(UpstreamName upstream) => KeyPrefix + upstream.Code;
}
