using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

/// <summary>
/// One upstream record behind a merged object, kept so nothing the upstreams said is hidden by the merge.
/// An upstream that names roles only by id sets <see cref="RoleId"/>; its adapter (an <see cref="IRoleNames"/>)
/// turns it into a name when asked for.
/// </summary>
public sealed record SourceAccount(
    UpstreamName Source,
    string ExternalId,
    string Email,
    string? Title,
    string? Role,
    bool Active,
    string? RoleId = null);
