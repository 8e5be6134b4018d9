using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Gateway.Upstreams.Common.Snapshots;

/// <summary>The version stamp of each upstream's snapshots, as one request sees them.</summary>
public sealed class SnapshotVersionSet(IReadOnlyDictionary<UpstreamName, string> versions)
{
    public string Of(UpstreamName upstream) => versions[upstream];

    public SnapshotVersionSet With(UpstreamName upstream, string version) =>
        new(new Dictionary<UpstreamName, string>(versions) { [upstream] = version });
}

/// <summary>
/// Read-after-write across instances. Every write bumps its upstream's stamp before the mutation answers, and the
/// stamp is part of every snapshot key, so a read that starts after the write looks up keys no earlier read filled:
/// whichever instance it lands on, it reads the upstream (or the snapshot another instance read after the write). The
/// backplane only frees memory; correctness never waits for it. With Redis the stamps are random strings in Redis,
/// read for all three upstreams in one MGET per request; without Redis they are this instance's counters. While Redis
/// is down, this instance falls back to its own counters (its writes still evict its own snapshots).
/// </summary>
public sealed class SnapshotVersions(IConnectionMultiplexer? redis, ILogger<SnapshotVersions> logger)
{
    private const string KeyPrefix = "gateway:snapshots:version:";

    // A Redis that is connected but does not answer (paused, failing over) costs a request this much, not the client
    // library's 5 s; the snapshots' own Redis reads give up after 1 s too (UpstreamSnapshots).
    private static readonly TimeSpan RedisTimeout = TimeSpan.FromSeconds(1);

    // The upstreams with clients here; a stamp is found by the upstream's position in this list.
    private static readonly IReadOnlyList<UpstreamName> Upstreams = UpstreamName.BuiltIn;
    private static readonly RedisKey[] Keys = Upstreams.Select(u => (RedisKey)(KeyPrefix + u.Code)).ToArray();

    // Writes this instance made: the stamp when there is no Redis, and the fallback while Redis is down.
    private readonly long[] _local = new long[Upstreams.Count];

    // The stamps Redis last answered: what a write during an outage must evict from memory, so that this instance does
    // not serve its pre-write snapshot once Redis answers again.
    private readonly string?[] _lastShared = new string?[Upstreams.Count];

    /// <summary>The current stamps: one round trip to Redis (two after Redis lost its data), or none.</summary>
    public async Task<SnapshotVersionSet> ReadAsync()
    {
        if (redis is not null)
        {
            try
            {
                var db = redis.GetDatabase();
                var values = await db.StringGetAsync(Keys).WaitAsync(RedisTimeout);
                if (values.Any(v => v.IsNull))
                {
                    // Never stamped, or Redis restarted empty: a new stamp (first writer wins), never one used before,
                    // so no instance's memory can hold a snapshot under it.
                    await Task.WhenAll(Keys.Where((_, i) => values[i].IsNull).Select(key => db.StringSetAsync(key, NewStamp(), when: When.NotExists)))
                        .WaitAsync(RedisTimeout);
                    values = await db.StringGetAsync(Keys).WaitAsync(RedisTimeout);
                }

                var shared = Upstreams.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => "r" + values[p.i].ToString());
                foreach (var (upstream, version) in shared)
                {
                    Volatile.Write(ref _lastShared[IndexOf(upstream)], version);
                }

                return new SnapshotVersionSet(shared);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning("Redis unavailable for snapshot versions ({ErrorType}); this instance uses its own until it is back.", e.GetType().Name);
            }
        }

        return Local();
    }

    /// <summary>Gives <paramref name="upstream"/> a new stamp after a write; returns it.</summary>
    public async Task<string> BumpAsync(UpstreamName upstream)
    {
        var local = Interlocked.Increment(ref _local[IndexOf(upstream)]);
        if (redis is not null)
        {
            try
            {
                var stamp = NewStamp();
                await redis.GetDatabase().StringSetAsync(Keys[IndexOf(upstream)], stamp).WaitAsync(RedisTimeout);
                return "r" + stamp;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning("Redis unavailable for a snapshot version bump ({ErrorType}); other instances see the write within MaxAge.", e.GetType().Name);
            }
        }

        return "m" + local;
    }

    // Unique rather than counted: a counter starts over when Redis restarts empty, and an old count could then name a
    // snapshot that predates a write.
    private static string NewStamp() => Guid.NewGuid().ToString("N")[..16];

    /// <summary>The stamp Redis last answered for <paramref name="upstream"/>, if it ever did.</summary>
    public string? LastShared(UpstreamName upstream) => Volatile.Read(ref _lastShared[IndexOf(upstream)]);

    private static int IndexOf(UpstreamName upstream)
    {
        for (var i = 0; i < Upstreams.Count; i++)
        {
            if (Upstreams[i] == upstream) return i;
        }

        throw new ArgumentOutOfRangeException(nameof(upstream), upstream.Code, "Snapshots are kept only for the upstreams with clients in this assembly.");
    }

    private SnapshotVersionSet Local() =>
        new(Upstreams.ToDictionary(u => u, u => "m" + Interlocked.Read(ref _local[IndexOf(u)])));
}
