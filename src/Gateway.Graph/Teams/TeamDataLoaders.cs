using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.Teams;

/// <summary>Worksection user groups and People v3 groups of this request, fetched side by side.</summary>
public sealed class TeamDirectoryDataLoader(WorksectionClient worksection, PeopleV3Client peopleV3)
    : SnapshotDataLoader<Partial<TeamDirectory>>
{
    protected override Task<Partial<TeamDirectory>> FetchAsync(CancellationToken cancellationToken) =>
        Partial<TeamDirectory>.FromAsync(
            worksection.GetUserGroupsAsync(cancellationToken),
            peopleV3.GetGroupsAsync(cancellationToken),
            [], [],
            (groups, v3Groups) => new TeamDirectory(groups, v3Groups));
}
