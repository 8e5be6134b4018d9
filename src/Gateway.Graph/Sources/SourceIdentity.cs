using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

/// <summary>
/// Who an upstream is, declared once by its adapter: the <see cref="Upstream"/> name (code and display name, as errors
/// and metrics show it), its value in the schema's <c>SourceSystem</c> enum and that value's description, and the
/// configuration section its client is set up from.
/// </summary>
public sealed record SourceIdentity(UpstreamName Upstream, string SchemaValue, string Description, string ConfigurationSection);
