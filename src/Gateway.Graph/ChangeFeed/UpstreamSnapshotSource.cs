using GraphQL.DataLoader;
using Gateway.Graph.DataLoading;
using Gateway.Graph.People;
using Gateway.Graph.Provenance;
using Gateway.Graph.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// The merged people and teams, read through the same loaders (and so the same sources, snapshots and merge) as a
/// query, in a scope of their own. A failing upstream fails the read: the refresher then skips the round, because a
/// directory missing one upstream's accounts would look like removals. While the merged directories are the same
/// instances (no list changed, see <see cref="DerivedSnapshotMemo{T}"/>), every poll gets the same snapshot, so its
/// digest and each person's conflicts are worked out once per change, not once per poll.
/// </summary>
public sealed class UpstreamSnapshotSource(
    IServiceScopeFactory scopes, DerivedSnapshotMemo<DirectorySnapshot> memo, PersonProvenanceBuilder provenance) : IChangeFeedSnapshotSource
{
    public async Task<DirectorySnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var peopleTask = services.GetRequiredService<PeopleDirectoryDataLoader>().LoadAsync().GetResultAsync(cancellationToken);
        var teamsTask = services.GetRequiredService<TeamDirectoryDataLoader>().LoadAsync().GetResultAsync(cancellationToken);
        var (people, teams) = (await peopleTask, await teamsTask);
        if (people.Failures.Concat(teams.Failures).FirstOrDefault() is { } failure)
        {
            throw failure;
        }

        return await memo.GetOrBuildAsync([people.Value, teams.Value], () => new DirectorySnapshot(
            people.Value.All.Select(p => SnapshotPerson.Of(p, teams.Value.TeamsOf(p), ConflictsOf(p))).ToList()));
    }

    // From a provenance of its own, not the person's: the person's keeps what it worked out (about 5 KB a person) for as
    // long as the directory is current, which is worth it for the people a query asks about, not for everyone.
    private List<ConflictChange> ConflictsOf(Person person) => provenance.For(person).Conflicts.Select(ConflictChange.Of).ToList();
}
