using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Teams;

/// <summary>
/// Every team of one request, and who belongs to which: a person is a member of each team whose
/// <see cref="Team.MemberLink"/> one of their records carries. Links compare without letter case, as Worksection
/// matches a user's <c>group</c> to a team title.
/// </summary>
public sealed class TeamDirectory
{
    private readonly Dictionary<string, Team> _byKey;
    private readonly Dictionary<SourceLink, Team> _byLink;

    public TeamDirectory(IEnumerable<IReadOnlyList<Team>> lists)
    {
        All = lists.SelectMany(list => list).ToList();
        _byKey = All.ToDictionary(t => t.Key, StringComparer.Ordinal);
        _byLink = All.GroupBy(t => t.MemberLink, LinkComparer.Instance).ToDictionary(g => g.Key, g => g.First(), LinkComparer.Instance);
    }

    public IReadOnlyList<Team> All { get; }

    public Team? Find(string key) => _byKey.GetValueOrDefault(key);

    public IReadOnlyList<Team> TeamsOf(Person person) =>
        person.Links.Where(l => l.Kind == SourceLink.Team).Select(l => _byLink.GetValueOrDefault(l)).OfType<Team>().Distinct().ToList();

    public static bool IsMember(Team team, Person person) => person.Links.Any(l => LinkComparer.Instance.Equals(l, team.MemberLink));

    public static string KeyOf(UpstreamName source, string externalId) => $"{source.Code}:{externalId}";

    /// <summary>The upstream code a team key starts with, or null for a key that is not a team key.</summary>
    public static string? SourceCodeOf(string key) => key.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon ? key[..colon] : null;

    private sealed class LinkComparer : IEqualityComparer<SourceLink>
    {
        public static readonly LinkComparer Instance = new();

        public bool Equals(SourceLink? x, SourceLink? y) => x is not null && y is not null && x.Upstream == y.Upstream
            && string.Equals(x.Kind, y.Kind, StringComparison.Ordinal) && string.Equals(x.Id.Trim(), y.Id.Trim(), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(SourceLink obj) =>
            HashCode.Combine(obj.Upstream, obj.Kind, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Id.Trim()));
    }
}
