using System.Collections.Concurrent;

namespace Gateway.Upstreams.Common.Snapshots;

/// <summary>What this instance last served of each upstream: when its lists were read and whether any was served stale.</summary>
public sealed record UpstreamFreshness(DateTimeOffset? LastRefreshedAt, bool Stale);

/// <summary>
/// Per instance, per upstream list: the time of the snapshot last served and whether it was stale. An upstream's
/// <see cref="UpstreamFreshness.LastRefreshedAt"/> is its oldest list's, so it tells how old the oldest data is.
/// </summary>
public sealed class SnapshotStatus
{
    // Bounded like the lists themselves: a handful per upstream plus one per Zoho project.
    private const int MaxLists = 4096;

    private readonly ConcurrentDictionary<(UpstreamName Upstream, string List), (DateTimeOffset AsOf, bool Stale)> _served = new();

    internal void Served(UpstreamName upstream, string list, DateTimeOffset asOf, bool stale)
    {
        if (_served.Count >= MaxLists && !_served.ContainsKey((upstream, list)))
        {
            return;
        }

        _served[(upstream, list)] = (asOf, stale);
    }

    public UpstreamFreshness Of(UpstreamName upstream)
    {
        var lists = _served.Where(e => e.Key.Upstream == upstream).Select(e => e.Value).ToList();
        return lists.Count == 0
            ? new UpstreamFreshness(null, false)
            : new UpstreamFreshness(lists.Min(l => l.AsOf), lists.Any(l => l.Stale));
    }
}
