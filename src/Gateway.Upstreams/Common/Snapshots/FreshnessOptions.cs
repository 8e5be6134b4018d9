namespace Gateway.Upstreams.Common.Snapshots;

/// <summary>
/// How old an upstream list may be when it is served. Bound from <c>Upstreams:Freshness</c>, then from
/// <c>Upstreams:&lt;Name&gt;:Freshness</c> (one named instance per upstream, so one upstream can override either value).
/// </summary>
public sealed class FreshnessOptions
{
    public const string SectionName = "Upstreams:Freshness";

    /// <summary>
    /// A list read is served from a snapshot no older than this. 30 seconds: a person renamed or added in an upstream's
    /// own screens shows up within half a minute, and a directory screen costs each list at most twice a minute whatever
    /// the traffic. Writes through the gateway are seen at once. <see cref="TimeSpan.Zero"/> reads every list per request.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When a refresh fails, the last good snapshot is still served (with a stale marker) until it is this old; past it
    /// the request gets the upstream's error. One hour: a directory that is an hour old, and says so, is more useful than
    /// one with people missing.
    /// </summary>
    public TimeSpan MaxStale { get; set; } = TimeSpan.FromHours(1);

    public static string SectionOf(UpstreamName upstream) => upstream.ConfigurationSection + ":Freshness";
}
