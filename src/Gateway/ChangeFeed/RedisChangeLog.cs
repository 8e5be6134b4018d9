using System.Text.Json;
using Gateway.Graph.ChangeFeed;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gateway.ChangeFeed;

/// <summary>
/// The change log in Redis, shared by every instance: events in a stream (ids are the positions), the diff baseline
/// beside it, and a pub/sub notice after each append so every instance's subscribers hear of it at once.
/// </summary>
internal sealed class RedisChangeLog(IConnectionMultiplexer redis, IOptions<ChangeFeedOptions> options, TimeProvider clock) : IChangeLog
{
    private const string LogKey = "changefeed:log";
    private const string BaselineKey = "changefeed:baseline";
    private const string DigestKey = "changefeed:baseline-digest";
    private const string EventField = "event";
    private static readonly RedisChannel AppendedChannel = RedisChannel.Literal("changefeed:appended");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private Action? _appended;
    private ChangeBaseline? _lastBaseline;
    private int _listening;

    public event Action? Appended
    {
        add
        {
            _appended += value;
            Listen();
        }
        remove => _appended -= value;
    }

    // One pub/sub subscription per instance, taken when the hub first listens. Redis may be down then (it must never
    // stop the gateway from starting): a failed attempt is retried by the next read, which the refresher makes every
    // poll.
    private void Listen()
    {
        if (_appended is null || Interlocked.Exchange(ref _listening, 1) == 1)
            return;
        _ = SubscribeAsync();

        async Task SubscribeAsync()
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(AppendedChannel, (_, _) => _appended?.Invoke());
            }
            catch (RedisException)
            {
                Volatile.Write(ref _listening, 0);
            }
        }
    }

    private IDatabase Database => redis.GetDatabase();

    public async Task<ChangeBaseline?> GetBaselineAsync(CancellationToken cancellationToken)
    {
        // The digest first: the baseline (the whole directory) is read again only when another instance moved it.
        var digest = await Database.StringGetAsync(DigestKey);
        if (digest.IsNull)
            return null;
        if (Volatile.Read(ref _lastBaseline) is { } known && known.Digest == digest.ToString())
            return known;
        var values = await Database.StringGetAsync([DigestKey, BaselineKey]);
        if (values[0].IsNull || values[1].IsNull)
            return null;
        var baseline = new ChangeBaseline(values[0].ToString(), DirectorySnapshot.FromJson((byte[])values[1]!));
        Volatile.Write(ref _lastBaseline, baseline);
        return baseline;
    }

    public async Task<bool> CommitAsync(string? expectedDigest, DirectorySnapshot next, IReadOnlyList<ChangeEvent> events, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var json = next.ToJson();
        var transaction = Database.CreateTransaction();
        transaction.AddCondition(expectedDigest is null ? Condition.KeyNotExists(DigestKey) : Condition.StringEqual(DigestKey, expectedDigest));
        foreach (var change in events)
            _ = transaction.StreamAddAsync(LogKey, EventField, JsonSerializer.SerializeToUtf8Bytes(change, Json), maxLength: limits.MaxEvents, useApproximateMaxLength: true);
        if (events.Count > 0)
        {
            var oldest = clock.GetUtcNow().Subtract(limits.Retention).ToUnixTimeMilliseconds();
            _ = transaction.StreamTrimByMinIdAsync(LogKey, ChangeCursor.Format(oldest, 0), useApproximateMaxLength: true);
        }
        _ = transaction.StringSetAsync(BaselineKey, json);
        _ = transaction.StringSetAsync(DigestKey, DirectorySnapshot.DigestOf(json));
        if (!await transaction.ExecuteAsync())
            return false;
        Volatile.Write(ref _lastBaseline, new ChangeBaseline(DirectorySnapshot.DigestOf(json), next));
        if (events.Count > 0)
            await redis.GetSubscriber().PublishAsync(AppendedChannel, RedisValue.EmptyString);
        return true;
    }

    public async Task<ChangeLogPage> ReadAsync(string? afterPosition, int max, CancellationToken cancellationToken)
    {
        Listen();
        var entries = await Database.StreamRangeAsync(LogKey, afterPosition is null ? "-" : "(" + afterPosition, "+", max);
        var page = entries.Select(e => new ChangeLogEntry(e.Id.ToString(),
            JsonSerializer.Deserialize<ChangeEvent>((byte[])e[EventField]!, Json)!)).ToList();
        return new ChangeLogPage(page, afterPosition is not null && await IsDroppedAsync(afterPosition));
    }

    public async Task<string> HeadAsync(CancellationToken cancellationToken)
    {
        var newest = await Database.StreamRangeAsync(LogKey, "-", "+", 1, Order.Descending);
        return newest.Length == 0 ? "0-0" : newest[0].Id.ToString();
    }

    // Redis 7 keeps the highest id trimming removed (XINFO STREAM max-deleted-entry-id): events after an older position
    // are gone.
    private async Task<bool> IsDroppedAsync(string position)
    {
        RedisResult info;
        try
        {
            info = await Database.ExecuteAsync("XINFO", "STREAM", LogKey);
        }
        catch (RedisServerException)
        {
            return false; // no stream yet
        }
        var fields = (RedisResult[])info!;
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            if (fields[i].ToString() == "max-deleted-entry-id")
                return ChangeCursor.Compare(position, fields[i + 1].ToString()) < 0;
        }
        return false;
    }
}
