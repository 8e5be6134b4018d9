using System.ComponentModel.DataAnnotations;

namespace Gateway.Graph.ChangeFeed;

/// <summary>The change feed, bound from <c>ChangeFeed</c>.</summary>
public sealed class ChangeFeedOptions
{
    public const string SectionName = "ChangeFeed";

    /// <summary>Off: no polling, no webhooks; <c>changes</c> and subscriptions see an empty log.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the directory is re-read and diffed. When not set: the snapshot freshness bound
    /// (<c>Upstreams:Freshness:MaxAge</c>, 30 s), so the feed never makes the upstreams read more often than the snapshots
    /// already do; 30 s when MaxAge is 0. A change made in an upstream's own screens shows in the feed within MaxAge +
    /// PollInterval (the poll may read a snapshot up to MaxAge old).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long events stay in the log (and so how old a cursor may be).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The most events kept, whatever their age (bounds memory and Redis).</summary>
    [Range(100, 10_000_000)]
    public int MaxEvents { get; set; } = 100_000;

    /// <summary>Open subscriptions per WebSocket connection (one per SSE request by design).</summary>
    [Range(1, 1000)]
    public int MaxSubscriptionsPerConnection { get; set; } = 10;

    /// <summary>Open subscriptions on one instance, over every connection and transport.</summary>
    [Range(1, 1_000_000)]
    public int MaxSubscriptionsPerInstance { get; set; } = 5_000;

    /// <summary>How often an idle subscription gets a keep-alive (SSE comment, WebSocket ping).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (closed with 4408).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one instance may hold the poll lock before another may take over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
