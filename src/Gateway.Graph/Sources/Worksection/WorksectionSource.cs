using Gateway.Graph.People;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.Sources.Worksection;

/// <summary>Worksection admin API v2: account users (the only source of phones, addresses, department, handles and rate).</summary>
public sealed partial class WorksectionSource(WorksectionClient client) : ISourceAdapter, IPeopleSource, ITeamSource
{
    public static SourceIdentity Identity { get; } =
        new(UpstreamName.Worksection, "WORKSECTION", "Worksection (admin API v2).", WorksectionOptions.SectionName);

    /// <summary>The roles <c>add_user</c> accepts.</summary>
    public static readonly IReadOnlyList<string> InvitableRoles = ["user", "guest", "reader"];

    public UpstreamName Upstream => Identity.Upstream;

    public WorksectionClient Client => client;

    // get_contact_groups: the smallest list the contract offers.
    public async Task<SourceProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        await client.GetContactGroupsAsync(cancellationToken);
        return new SourceProbe();
    }

    public async Task<IReadOnlyList<SourcePerson>> GetPeopleAsync(CancellationToken cancellationToken) =>
        ListMapping<WorksectionUser, SourcePerson>.Map(await client.GetUsersAsync(cancellationToken), ToSourcePerson);

    public async Task<IReadOnlyList<Team>> GetTeamsAsync(CancellationToken cancellationToken) =>
        ListMapping<WorksectionUserGroup, Team>.Map(await client.GetUserGroupsAsync(cancellationToken), ToTeam);

    public static Team ToTeam(WorksectionUserGroup group) => new(
        TeamDirectory.KeyOf(UpstreamName.Worksection, group.Id), UpstreamName.Worksection, group.Id, group.Title,
        group.IsClientTeam ? TeamKind.Client : TeamKind.Company, TeamLink(group.Title), group.Type);

    // Worksection states team membership by the team's title on the user.
    private static SourceLink TeamLink(string title) => new(UpstreamName.Worksection, SourceLink.Team, title.Trim());

    public static SourcePerson ToSourcePerson(WorksectionUser user) => new(
        // Worksection's contract has no user state: an account user is active while listed.
        new SourceAccount(UpstreamName.Worksection, user.Id, user.Email, user.Title, user.Role, Active: true),
        new PersonProfile
        {
            FirstName = user.FirstName,
            LastName = user.LastName,
            // Its `name`, else its own first and last name.
            DisplayName = string.IsNullOrWhiteSpace(user.Name) ? PersonProfile.FullName(user.FirstName, user.LastName) : user.Name,
            Title = user.Title,
            AvatarUrl = user.AvatarUrl,
            Department = user.Department,
            Phones = new PhoneNumbers(Text(user.Phone), Text(user.Phone2), Text(user.Phone3), Text(user.Phone4)),
            Addresses = new[] { user.Address, user.Address2 }.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!).ToList(),
            CreatedAt = user.DateAdded,
            Rate = user.Rate,
            ProfileUrl = user.Url,
            OtherContacts = user.OtherContacts,
            Chats = Handles(user.Chats),
            Socials = Handles(user.Socials),
        },
        string.IsNullOrWhiteSpace(user.Group) ? [] : [TeamLink(user.Group)]);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<Handle> Handles(IReadOnlyDictionary<string, string>? values) =>
        values is null ? [] : values.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).Select(kv => new Handle(kv.Key, kv.Value)).ToList();
}
