using GraphQL.DataLoader;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Teams;

/// <summary>The team list of each team source for this request.</summary>
public sealed class SourceTeamsDataLoaders(SourceCatalog sources)
    : SourceListDataLoaders<ITeamSource, Team>(sources, source => source.GetTeamsAsync);

/// <summary>
/// Every team of this request: each team source's list, fetched side by side through its own loader, so a request
/// that needs one team and all teams still asks each upstream once.
/// </summary>
public sealed class TeamDirectoryDataLoader(SourceTeamsDataLoaders lists, DerivedSnapshotMemo<TeamDirectory> memo)
    : SnapshotDataLoader<Partial<TeamDirectory>>
{
    /// <summary>
    /// The teams of the upstream a team key names, for looking that one team up: a Worksection id costs no People v3
    /// call and the other way round. A key naming no team source finds nothing, at no upstream call.
    /// </summary>
    public IDataLoaderResult<Partial<TeamDirectory>> LoadForKey(string key) =>
        lists.Find(TeamDirectory.SourceCodeOf(key)) is { } list
            ? list.LoadAsync().Then(teams => teams.Select(t => new TeamDirectory([t])))
            : new CompletedDataLoaderResult<Partial<TeamDirectory>>(new Partial<TeamDirectory>(new TeamDirectory([]), []));

    public override void Clear()
    {
        base.Clear();
        lists.Clear();
    }

    protected override async Task<Partial<TeamDirectory>> FetchAsync(CancellationToken cancellationToken)
    {
        var loaded = await lists.LoadAllAsync(cancellationToken);
        return new Partial<TeamDirectory>(
            await memo.GetOrBuildAsync([.. loaded.Value], () => new TeamDirectory(loaded.Value)), loaded.Failures);
    }
}
