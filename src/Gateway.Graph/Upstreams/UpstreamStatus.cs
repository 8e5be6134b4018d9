using Gateway.Upstreams.Common;

namespace Gateway.Graph.Upstreams;

/// <summary>
/// Whether an upstream answered a cheap read just now, and if not, why. <see cref="SeatsAvailable"/> is what Zoho's
/// probe (<c>users/availcount</c>) told: how many more portal users the licence allows.
/// </summary>
public sealed record UpstreamStatus(UpstreamName Upstream, bool Reachable, string? ErrorCode, string? Message, int? SeatsAvailable = null);
