using Gateway.Graph.People;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Projects;

/// <summary>
/// A Zoho project, or a People v3 project known only by the id its people carry (v3 has no project endpoint,
/// so such a project has no name). <see cref="Key"/> is "source:externalId".
/// </summary>
public sealed record Project(
    string Key,
    UpstreamName Source,
    string ExternalId,
    string? Name,
    string? Status,
    string? Description,
    string? OwnerName,
    DateTimeOffset? CreatedAt);

/// <summary>A person's place in a project: role and rate as the project's upstream states them.</summary>
public sealed record ProjectMember(Project Project, Person Person, string? Role, decimal? Rate, bool Active);
