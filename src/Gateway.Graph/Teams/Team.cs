using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Teams;

public enum TeamKind
{
    /// <summary>A Worksection team of the company's own people (<c>client: 0</c>).</summary>
    Company,
    /// <summary>A Worksection team for an external client (<c>client: 1</c>).</summary>
    Client,
    /// <summary>A People v3 group.</summary>
    Group,
}

/// <summary>
/// A Worksection user group or a People v3 group. <see cref="Key"/> is "source:externalId"; <see cref="UpstreamType"/>
/// is Worksection's <c>type</c> as sent (null for v3 groups). <see cref="MemberLink"/> is the link a member's record
/// carries (Worksection names the team by title, People v3 by id).
/// </summary>
public sealed record Team(string Key, UpstreamName Source, string ExternalId, string Name, TeamKind Kind, SourceLink MemberLink, string? UpstreamType = null);
