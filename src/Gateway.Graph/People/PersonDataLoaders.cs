using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.People;

/// <summary>
/// The merged people of this request: Worksection <c>get_users</c>, Zoho portal users (all, to see inactive ones)
/// and the v3 people list, fetched side by side. An upstream that fails only removes its accounts.
/// </summary>
public sealed class PeopleDirectoryDataLoader(
    WorksectionClient worksection, ZohoProjectsClient zoho, PeopleV3Client peopleV3, DerivedSnapshotMemo<PeopleDirectory> memo)
    : SnapshotDataLoader<Partial<PeopleDirectory>>
{
    protected override Task<Partial<PeopleDirectory>> FetchAsync(CancellationToken cancellationToken) =>
        Partial<PeopleDirectory>.FromAsync(
            worksection.GetUsersAsync(cancellationToken),
            zoho.GetPortalUsersAsync(ZohoUserType.All, cancellationToken),
            peopleV3.GetPeopleAsync(cancellationToken),
            [], [], [],
            (users, portalUsers, people) =>
                memo.GetOrBuild([users, portalUsers, people], () => new PeopleDirectory(PersonMerger.Merge(users, portalUsers, people))));
}

/// <summary>People v3 role names by id, asked for only when an account's role is selected.</summary>
public sealed class PeopleV3RolesDataLoader(PeopleV3Client peopleV3) : SnapshotDataLoader<IReadOnlyDictionary<long, string>>
{
    protected override async Task<IReadOnlyDictionary<long, string>> FetchAsync(CancellationToken cancellationToken) =>
        (await peopleV3.GetRolesAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.Name);
}
