using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.Upstreams.Common.Snapshots;

/// <summary>
/// The snapshot store, below the source adapters: every upstream list read goes through <see cref="ReadAsync{T}"/>,
/// every write through <see cref="WrittenAsync"/>. A list is read from the upstream at most once per MaxAge per key
/// across all instances (FusionCache: memory, then Redis, then one instance's read under a distributed lock); when that
/// read fails, the last good snapshot is served until MaxStale with a stale marker. Keys carry the upstream's version
/// stamp (<see cref="SnapshotVersions"/>) and never a credential.
/// </summary>
public sealed class UpstreamSnapshots(
    IFusionCacheProvider caches, SnapshotVersions versions, IOptionsMonitor<FreshnessOptions> freshness, SnapshotStatus status, TimeProvider time)
{
    public const string CacheName = "UpstreamSnapshots";

    // Lists this instance has read, so a write can drop them from memory; bounded like the Zoho project lists.
    private const int MaxTrackedLists = 4096;

    private readonly IFusionCache _cache = caches.GetCache(CacheName);
    private readonly ConcurrentDictionary<(UpstreamName Upstream, string List), byte> _lists = new();

    /// <summary>The list named <paramref name="list"/> (unique within the upstream), from a snapshot or from <paramref name="read"/>.</summary>
    public async Task<IReadOnlyList<T>> ReadAsync<T>(
        UpstreamName upstream, string list, Func<CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        var bounds = freshness.Get(upstream.ToString());
        if (bounds.MaxAge <= TimeSpan.Zero)
        {
            // Today's behaviour: the upstream every time (the request's own data loaders still read each list once).
            var items = await read(ct);
            status.Served(upstream, list, time.GetUtcNow(), stale: false);
            return items;
        }

        if (_lists.Count < MaxTrackedLists)
        {
            _lists.TryAdd((upstream, list), 0);
        }

        var version = (await CurrentVersionsAsync()).Of(upstream);
        var snapshot = await _cache.GetOrSetAsync<Snapshot<T>>(
            Key(upstream, version, list),
            async (_, token) => new Snapshot<T>(await read(token), time.GetUtcNow()),
            EntryOptions(bounds),
            ct);
        // Older than MaxAge can only mean the refresh failed and fail-safe gave the last good snapshot.
        var stale = time.GetUtcNow() - snapshot.AsOf > bounds.MaxAge;
        if (stale)
        {
            SnapshotReadScope.Current?.MarkStale(upstream, snapshot.AsOf);
        }

        status.Served(upstream, list, snapshot.AsOf, stale);
        return snapshot.Items;
    }

    /// <summary>
    /// After a write to <paramref name="upstream"/> (whatever its outcome: a write that failed may still have landed):
    /// moves the upstream's version stamp so that every later read, on any instance, misses what was read before, and
    /// drops the old snapshots from memory here and, through the backplane, on the other instances.
    /// </summary>
    public async Task WrittenAsync(UpstreamName upstream)
    {
        var before = (await CurrentVersionsAsync()).Of(upstream);
        var after = await versions.BumpAsync(upstream);
        SnapshotReadScope.Current?.Advance(upstream, after);
        var evict = new[] { before, versions.LastShared(upstream) }.OfType<string>().Distinct();
        foreach (var version in evict)
        {
            foreach (var (_, list) in _lists.Keys.Where(k => k.Upstream == upstream))
            {
                // In the background: correctness comes from the new stamp, this only frees memory.
                await _cache.RemoveAsync(Key(upstream, version, list), BackgroundRemoval);
            }
        }
    }

    private static readonly FusionCacheEntryOptions BackgroundRemoval = new()
    {
        AllowBackgroundDistributedCacheOperations = true,
        AllowBackgroundBackplaneOperations = true,
    };

    private Task<SnapshotVersionSet> CurrentVersionsAsync() =>
        SnapshotReadScope.Current is { } scope ? scope.Versions(versions.ReadAsync) : versions.ReadAsync();

    private static string Key(UpstreamName upstream, string version, string list) => $"{upstream.Code}:{version}:{list}";

    private static FusionCacheEntryOptions EntryOptions(FreshnessOptions bounds) => new()
    {
        Duration = bounds.MaxAge,
        IsFailSafeEnabled = true,
        FailSafeMaxDuration = bounds.MaxStale > bounds.MaxAge ? bounds.MaxStale : bounds.MaxAge,
        // After a failed refresh, the stale snapshot is served without asking the upstream again for this long.
        FailSafeThrottleDuration = bounds.MaxAge < TimeSpan.FromSeconds(10) ? bounds.MaxAge : TimeSpan.FromSeconds(10),
        // A list read after 80% of MaxAge is refreshed in the background: steady traffic never waits for a refresh.
        EagerRefreshThreshold = 0.8f,
        // Redis slow or down costs a request at most this, then it goes on from memory and the upstream.
        DistributedCacheSoftTimeout = TimeSpan.FromMilliseconds(250),
        DistributedCacheHardTimeout = TimeSpan.FromSeconds(1),
        // Longer than a read's total timeout: whoever waits for another instance's refresh gets its result.
        DistributedLockTimeout = TimeSpan.FromSeconds(15),
        LockTimeout = TimeSpan.FromSeconds(15),
    };
}
