using Gateway.Upstreams.Common;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Sources.ZohoProjects;

/// <summary>Zoho Projects: portal users (a name, a role and an active flag) and the portal's licence seats.</summary>
public sealed partial class ZohoProjectsSource(ZohoProjectsClient client, ZohoProjectMembersDataLoader members) : ISourceAdapter, IPeopleSource
{
    public static SourceIdentity Identity { get; } =
        new(UpstreamName.ZohoProjects, "ZOHO_PROJECTS", "Zoho Projects (portal users and project users).", ZohoProjectsOptions.SectionName);

    /// <summary>The roles Zoho's project users endpoints accept.</summary>
    public static readonly IReadOnlyList<string> MemberRoles = ["manager", "employee", "contractor"];

    /// <summary>Completes "'who' ..." when a person has no portal user to change.</summary>
    public const string NoPortalUser = "has no Zoho Projects portal user; add them to a project with `addProjectMembers`.";

    public UpstreamName Upstream => Identity.Upstream;

    public ZohoProjectsClient Client => client;

    /// <summary>This request's project users by project id.</summary>
    public ZohoProjectMembersDataLoader Members => members;

    // users/availcount: the cheapest read, and it tells how many seats the licence has left.
    public async Task<SourceProbe> ProbeAsync(CancellationToken cancellationToken) =>
        new(await client.GetAvailableUserCountAsync(cancellationToken));

    // All portal users, to see inactive ones.
    public async Task<IReadOnlyList<SourcePerson>> GetPeopleAsync(CancellationToken cancellationToken) =>
        ListMapping<ZohoPortalUser, SourcePerson>.Map(await client.GetPortalUsersAsync(ZohoUserType.All, cancellationToken), ToSourcePerson);

    public static SourcePerson ToSourcePerson(ZohoPortalUser user)
    {
        // Zoho holds one name; its first word is taken as the first name, the rest as the last name.
        var name = string.IsNullOrWhiteSpace(user.Name) ? null : user.Name.Trim();
        var parts = name?.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return new SourcePerson(
            new SourceAccount(UpstreamName.ZohoProjects, user.Id, user.Email, null, user.Role, user.Active),
            new PersonProfile
            {
                FirstName = parts?[0],
                LastName = parts is { Length: > 1 } ? parts[1] : null,
                DisplayName = name,
                Active = user.Active,
            },
            []);
    }
}
