using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Snapshots;

namespace Gateway.Graph.Upstreams;

/// <summary>
/// Whether an upstream answered a cheap read just now, and if not, why. <see cref="SeatsAvailable"/> is what Zoho's
/// probe (<c>users/availcount</c>) told: how many more portal users the licence allows. <see cref="Freshness"/> is what
/// this instance last served of the upstream's lists.
/// </summary>
public sealed record UpstreamStatus(
    UpstreamName Upstream, bool Reachable, string? ErrorCode, string? Message, UpstreamFreshness Freshness, int? SeatsAvailable = null);
