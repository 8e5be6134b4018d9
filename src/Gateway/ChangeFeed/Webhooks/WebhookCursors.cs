using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Gateway.ChangeFeed.Webhooks;

/// <summary>Per endpoint, the log position of the last event it acknowledged (or that its filter skipped).</summary>
internal interface IWebhookCursors
{
    Task<string?> GetAsync(string endpoint);

    Task SetAsync(string endpoint, string position);
}

/// <summary>Without Redis: lost on restart, when an endpoint starts again from the newest event.</summary>
internal sealed class InMemoryWebhookCursors : IWebhookCursors
{
    private readonly ConcurrentDictionary<string, string> _positions = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string endpoint) => Task.FromResult(_positions.GetValueOrDefault(endpoint));

    public Task SetAsync(string endpoint, string position)
    {
        _positions[endpoint] = position;
        return Task.CompletedTask;
    }
}

/// <summary>In a Redis hash beside the log: a restarted (or another) instance resumes every endpoint where it stopped.</summary>
internal sealed class RedisWebhookCursors(IConnectionMultiplexer redis) : IWebhookCursors
{
    private const string Key = "changefeed:webhook-cursors";

    public async Task<string?> GetAsync(string endpoint) => await redis.GetDatabase().HashGetAsync(Key, endpoint) is { IsNull: false } value ? value.ToString() : null;

    public Task SetAsync(string endpoint, string position) => redis.GetDatabase().HashSetAsync(Key, endpoint, position);
}
