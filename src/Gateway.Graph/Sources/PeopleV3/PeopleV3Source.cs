using System.Globalization;
using GraphQL;
using GraphQL.DataLoader;
using Gateway.Graph.DataLoading;
using Gateway.Graph.People;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;

namespace Gateway.Graph.Sources.PeopleV3;

/// <summary>People API v3: the HR record (names, title, state, time zone, language), groups and project ids.</summary>
public sealed partial class PeopleV3Source(PeopleV3Client client) : ISourceAdapter, IPeopleSource, ITeamSource, IRoleNames
{
    public static SourceIdentity Identity { get; } =
        new(UpstreamName.PeopleV3, "PEOPLE_V3", "People API v3.", PeopleV3Options.SectionName);

    public UpstreamName Upstream => Identity.Upstream;

    public PeopleV3Client Client => client;

    // GET v3/languages: a short list.
    public async Task<SourceProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        await client.GetLanguagesAsync(cancellationToken);
        return new SourceProbe();
    }

    public async Task<IReadOnlyList<SourcePerson>> GetPeopleAsync(CancellationToken cancellationToken) =>
        ListMapping<PeopleV3Person, SourcePerson>.Map(await client.GetPeopleAsync(cancellationToken), ToSourcePerson);

    public IDataLoaderResult<IReadOnlyDictionary<string, string>> LoadRoleNames(IResolveFieldContext context) =>
        context.Loader<PeopleV3RolesDataLoader>().LoadAsync();

    public async Task<IReadOnlyList<Team>> GetTeamsAsync(CancellationToken cancellationToken) =>
        ListMapping<PeopleV3Group, Team>.Map(await client.GetGroupsAsync(cancellationToken), ToTeam);

    public static Team ToTeam(PeopleV3Group group) => new(
        TeamDirectory.KeyOf(UpstreamName.PeopleV3, IdOf(group.Id)), UpstreamName.PeopleV3, IdOf(group.Id), group.Name, TeamKind.Group,
        new SourceLink(UpstreamName.PeopleV3, SourceLink.Team, IdOf(group.Id)));

    public static string IdOf(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static SourcePerson ToSourcePerson(PeopleV3Person person) => new(
        new SourceAccount(UpstreamName.PeopleV3, IdOf(person.Id), person.Email, person.Title, null, !person.Suspended,
            person.RoleId is { } roleId ? IdOf(roleId) : null),
        new PersonProfile
        {
            FirstName = person.FirstName,
            LastName = person.LastName,
            DisplayName = PersonProfile.FullName(person.FirstName, person.LastName),
            Title = person.Title,
            AvatarUrl = person.ImageUrl,
            TimezoneOffsetHours = person.Timezone,
            Language = person.Language,
            Active = !person.Suspended,
            Suspended = person.Suspended,
            LastActiveAt = person.LastActive,
            CreatedAt = person.CreatedAt,
            UpdatedAt = person.UpdatedAt,
            Initials = person.Initials,
            ProfileColor = person.ProfileColor,
        },
        [
            .. person.GroupIds.Select(id => new SourceLink(UpstreamName.PeopleV3, SourceLink.Team, IdOf(id))),
            .. person.ProjectIds.Select(id => new SourceLink(UpstreamName.PeopleV3, SourceLink.Project, IdOf(id))),
        ]);
}
