using Gateway.Graph.People;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.Teams;

/// <summary>
/// Every team of one request, and who belongs to which. Worksection says membership by the user's
/// <c>group</c> (the team title); People v3 by the person's <c>groups</c> ids.
/// </summary>
public sealed class TeamDirectory
{
    private readonly Dictionary<string, Team> _byKey;
    private readonly Dictionary<string, Team> _worksectionByTitle;
    private readonly Dictionary<long, Team> _peopleV3ById;

    public TeamDirectory(IEnumerable<WorksectionUserGroup> worksection, IEnumerable<PeopleV3Group> peopleV3)
    {
        var ws = worksection.Select(g => new Team(KeyOf(UpstreamName.Worksection, g.Id), UpstreamName.Worksection, g.Id,
            g.Title, g.IsClientTeam ? TeamKind.Client : TeamKind.Company, g.Type)).ToList();
        var v3 = peopleV3.Select(g => new Team(KeyOf(UpstreamName.PeopleV3, g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            UpstreamName.PeopleV3, g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Name, TeamKind.Group)).ToList();
        All = ws.Concat(v3).ToList();
        _byKey = All.ToDictionary(t => t.Key, StringComparer.Ordinal);
        _worksectionByTitle = ws.GroupBy(t => t.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _peopleV3ById = peopleV3.ToDictionary(g => g.Id, g => _byKey[KeyOf(UpstreamName.PeopleV3, g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    public IReadOnlyList<Team> All { get; }

    public Team? Find(string key) => _byKey.GetValueOrDefault(key);

    public IReadOnlyList<Team> TeamsOf(Person person)
    {
        var teams = new List<Team>();
        if (person.Links.WorksectionTeamTitle is { } title && _worksectionByTitle.TryGetValue(title.Trim(), out var wsTeam))
            teams.Add(wsTeam);
        teams.AddRange(person.Links.PeopleV3GroupIds.Select(id => _peopleV3ById.GetValueOrDefault(id)).OfType<Team>());
        return teams;
    }

    public static bool IsMember(Team team, Person person) => team.Source switch
    {
        UpstreamName.Worksection => string.Equals(person.Links.WorksectionTeamTitle?.Trim(), team.Name.Trim(), StringComparison.OrdinalIgnoreCase),
        UpstreamName.PeopleV3 => person.Links.PeopleV3GroupIds.Any(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture) == team.ExternalId),
        _ => false,
    };

    public static string KeyOf(UpstreamName source, string externalId) => $"{source.Code()}:{externalId}";

    /// <summary>The upstream a team key names, or null for a key that is not a team key.</summary>
    public static UpstreamName? SourceOf(string key) =>
        key.StartsWith(KeyOf(UpstreamName.Worksection, ""), StringComparison.Ordinal) ? UpstreamName.Worksection
        : key.StartsWith(KeyOf(UpstreamName.PeopleV3, ""), StringComparison.Ordinal) ? UpstreamName.PeopleV3
        : null;
}
