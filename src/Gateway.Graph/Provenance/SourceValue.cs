using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>The value one upstream record holds for one field, exactly as held (case and spaces included).</summary>
public sealed record SourceValue(UpstreamName Source, string ExternalId, string? Value, DateTimeOffset? UpdatedAt, bool Chosen);
