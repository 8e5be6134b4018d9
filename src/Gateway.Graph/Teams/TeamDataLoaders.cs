using GraphQL.DataLoader;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.Teams;

/// <summary>Worksection user groups of this request.</summary>
public sealed class WorksectionTeamsDataLoader(WorksectionClient worksection)
    : UpstreamListDataLoader<WorksectionUserGroup>(worksection.GetUserGroupsAsync);

/// <summary>People v3 groups of this request.</summary>
public sealed class PeopleV3GroupsDataLoader(PeopleV3Client peopleV3)
    : UpstreamListDataLoader<PeopleV3Group>(peopleV3.GetGroupsAsync);

/// <summary>
/// Every team of this request: both upstreams' lists, fetched side by side through their own loaders, so a request
/// that needs one team and all teams still asks each upstream once.
/// </summary>
public sealed class TeamDirectoryDataLoader(
    WorksectionTeamsDataLoader worksection, PeopleV3GroupsDataLoader peopleV3, DerivedSnapshotMemo<TeamDirectory> memo)
    : SnapshotDataLoader<Partial<TeamDirectory>>
{
    /// <summary>
    /// The teams of the upstream a team key names, for looking that one team up: a Worksection id costs no People v3
    /// call and the other way round. An unknown prefix falls back to every team (and finds nothing).
    /// </summary>
    public IDataLoaderResult<Partial<TeamDirectory>> LoadForKey(string key) => TeamDirectory.SourceOf(key) switch
    {
        UpstreamName.Worksection => worksection.LoadAsync().Then(groups => groups.Select(g => new TeamDirectory(g, []))),
        UpstreamName.PeopleV3 => peopleV3.LoadAsync().Then(groups => groups.Select(g => new TeamDirectory([], g))),
        _ => LoadAsync(),
    };

    public override void Clear()
    {
        base.Clear();
        worksection.Clear();
        peopleV3.Clear();
    }

    protected override async Task<Partial<TeamDirectory>> FetchAsync(CancellationToken cancellationToken)
    {
        var worksectionTask = worksection.LoadAsync().GetResultAsync(cancellationToken);
        var peopleV3Task = peopleV3.LoadAsync().GetResultAsync(cancellationToken);
        var (groups, v3Groups) = (await worksectionTask, await peopleV3Task);
        return new Partial<TeamDirectory>(
            await memo.GetOrBuildAsync([groups.Value, v3Groups.Value], () => new TeamDirectory(groups.Value, v3Groups.Value)),
            [.. groups.Failures, .. v3Groups.Failures]);
    }
}
