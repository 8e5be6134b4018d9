namespace Gateway.Upstreams.Common.Quotas;

/// <summary>
/// One upstream's call budget, per gateway instance (<c>Upstreams:&lt;Name&gt;:Quota</c>): with three instances the
/// upstream sees up to three times these figures. 0 means no limit (the default).
/// </summary>
public sealed class QuotaOptions
{
    /// <summary>Calls started per minute (sliding window of six 10-second segments).</summary>
    public int RequestsPerMinute { get; set; }

    /// <summary>Calls in flight at once.</summary>
    public int MaxConcurrent { get; set; }

    /// <summary>Calls that may wait for a concurrency slot; past it a call is refused at once. Never unbounded.</summary>
    public int MaxQueued { get; set; } = 100;

    public static string SectionOf(UpstreamName upstream) => upstream.ConfigurationSection + ":Quota";
}
