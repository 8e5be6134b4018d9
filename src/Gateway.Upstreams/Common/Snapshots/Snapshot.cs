namespace Gateway.Upstreams.Common.Snapshots;

/// <summary>One upstream list as read at <see cref="AsOf"/>. Stored in memory and, with Redis, as JSON shared by every instance.</summary>
public sealed record Snapshot<T>(IReadOnlyList<T> Items, DateTimeOffset AsOf);

/// <summary>An upstream whose data in this response came from a snapshot older than its MaxAge (its refresh failed).</summary>
public sealed record StaleUpstream(UpstreamName Upstream, DateTimeOffset AsOf);
