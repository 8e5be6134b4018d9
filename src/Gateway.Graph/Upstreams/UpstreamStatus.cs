using Gateway.Upstreams.Common;

namespace Gateway.Graph.Upstreams;

/// <summary>Whether an upstream answered a cheap read just now, and if not, why.</summary>
public sealed record UpstreamStatus(UpstreamName Upstream, bool Reachable, string? ErrorCode, string? Message);
