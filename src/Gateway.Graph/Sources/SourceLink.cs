using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

/// <summary>
/// A relation an upstream record states: (upstream, kind, id), e.g. (Worksection, team, "Design") or
/// (People v3, project, "12"). Teams and projects find their members by the link they expect.
/// </summary>
public sealed record SourceLink(UpstreamName Upstream, string Kind, string Id)
{
    public const string Team = "team";
    public const string Project = "project";
}
