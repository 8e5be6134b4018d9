using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

/// <summary>
/// One upstream record behind a merged object, kept so nothing the upstreams said is hidden by the merge.
/// People v3 names a role only by id (<see cref="PeopleV3RoleId"/>); its name is looked up when asked for.
/// </summary>
public sealed record SourceAccount(
    UpstreamName Source,
    string ExternalId,
    string Email,
    string? Title,
    string? Role,
    bool Active,
    long? PeopleV3RoleId = null);
