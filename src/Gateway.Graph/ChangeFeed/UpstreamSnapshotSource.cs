using Gateway.Graph.People;
using Gateway.Graph.Teams;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// Reads the five lists the directory is made of (three people lists, two team lists) side by side and merges them
/// exactly as queries do. An upstream failure propagates: the refresher then skips the round.
/// </summary>
public sealed class UpstreamSnapshotSource(IServiceScopeFactory scopes) : IChangeFeedSnapshotSource
{
    public async Task<DirectorySnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var worksection = services.GetRequiredService<WorksectionClient>();
        var peopleV3 = services.GetRequiredService<PeopleV3Client>();
        var users = worksection.GetUsersAsync(cancellationToken);
        var portalUsers = services.GetRequiredService<ZohoProjectsClient>().GetPortalUsersAsync(ZohoUserType.All, cancellationToken);
        var v3People = peopleV3.GetPeopleAsync(cancellationToken);
        var groups = worksection.GetUserGroupsAsync(cancellationToken);
        var v3Groups = peopleV3.GetGroupsAsync(cancellationToken);
        await Task.WhenAll(users, portalUsers, v3People, groups, v3Groups);

        var teams = new TeamDirectory(await groups, await v3Groups);
        var people = PersonMerger.Merge(await users, await portalUsers, await v3People);
        return new DirectorySnapshot(people.Select(p => new SnapshotPerson(p, teams.TeamsOf(p))).ToList());
    }
}
