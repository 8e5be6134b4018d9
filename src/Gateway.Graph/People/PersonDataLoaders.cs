using GraphQL.DataLoader;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Provenance;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.People;

/// <summary>Worksection <c>get_users</c> of this request.</summary>
public sealed class WorksectionUsersDataLoader(WorksectionClient worksection)
    : UpstreamListDataLoader<WorksectionUser>(worksection.GetUsersAsync);

/// <summary>Zoho portal users of this request (all, to see inactive ones).</summary>
public sealed class ZohoPortalUsersDataLoader(ZohoProjectsClient zoho)
    : UpstreamListDataLoader<ZohoPortalUser>(ct => zoho.GetPortalUsersAsync(ZohoUserType.All, ct));

/// <summary>The People v3 people list of this request.</summary>
public sealed class PeopleV3PeopleDataLoader(PeopleV3Client peopleV3)
    : UpstreamListDataLoader<PeopleV3Person>(peopleV3.GetPeopleAsync);

/// <summary>
/// The merged people of this request: the three people lists, fetched side by side through their own loaders.
/// An upstream that fails only removes its accounts.
/// </summary>
public sealed class PeopleDirectoryDataLoader(
    WorksectionUsersDataLoader worksection, ZohoPortalUsersDataLoader zoho, PeopleV3PeopleDataLoader peopleV3,
    DerivedSnapshotMemo<PeopleDirectory> memo, PersonIds ids, IOptions<ConflictRules> conflictRules)
    : SnapshotDataLoader<Partial<PeopleDirectory>>
{
    public override void Clear()
    {
        base.Clear();
        worksection.Clear();
        zoho.Clear();
        peopleV3.Clear();
    }

    /// <summary>
    /// After a People v3 write whose answer is known: the v3 list changes by that record and the other two lists do
    /// not change at all, so the merge is redone from the patched list instead of reading all three lists again.
    /// </summary>
    public async Task PatchPeopleV3Async(
        Func<IReadOnlyList<PeopleV3Person>, IReadOnlyList<PeopleV3Person>> patch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var current = await peopleV3.LoadAsync().GetResultAsync(cancellationToken);
        peopleV3.Replace(current with { Value = patch(current.Value) });
        base.Clear();
    }

    protected override async Task<Partial<PeopleDirectory>> FetchAsync(CancellationToken cancellationToken)
    {
        var worksectionTask = worksection.LoadAsync().GetResultAsync(cancellationToken);
        var zohoTask = zoho.LoadAsync().GetResultAsync(cancellationToken);
        var peopleV3Task = peopleV3.LoadAsync().GetResultAsync(cancellationToken);
        var (users, portalUsers, people) = (await worksectionTask, await zohoTask, await peopleV3Task);
        return new Partial<PeopleDirectory>(
            await memo.GetOrBuildAsync([users.Value, portalUsers.Value, people.Value],
                () => new PeopleDirectory(ProvenanceIndex.Attach(PersonMerger.Merge(users.Value, portalUsers.Value, people.Value),
                    users.Value, portalUsers.Value, people.Value, MergePolicies.Default, conflictRules.Value), ids)),
            [.. users.Failures, .. portalUsers.Failures, .. people.Failures]);
    }
}

/// <summary>The People v3 languages of this request.</summary>
public sealed class PeopleV3LanguagesDataLoader(PeopleV3Client peopleV3) : SnapshotDataLoader<IReadOnlyList<PeopleV3Language>>
{
    protected override Task<IReadOnlyList<PeopleV3Language>> FetchAsync(CancellationToken cancellationToken) =>
        peopleV3.GetLanguagesAsync(cancellationToken);
}

/// <summary>People v3 role names by id, asked for only when an account's role or <c>peopleV3Roles</c> is selected.</summary>
public sealed class PeopleV3RolesDataLoader(PeopleV3Client peopleV3) : SnapshotDataLoader<IReadOnlyDictionary<long, string>>
{
    protected override async Task<IReadOnlyDictionary<long, string>> FetchAsync(CancellationToken cancellationToken) =>
        (await peopleV3.GetRolesAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.Name);
}
