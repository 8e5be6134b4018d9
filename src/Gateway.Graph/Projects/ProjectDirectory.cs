using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Projects;

/// <summary>
/// Every project of one request and its members: the projects sources list with their members, and the projects
/// people's records name by id (People v3's), reconstructed from those links.
/// </summary>
public sealed class ProjectDirectory
{
    private readonly Dictionary<string, Project> _byKey;
    private readonly Dictionary<string, List<ProjectMember>> _membersByProject = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProjectMember>> _membershipsByPerson = new(StringComparer.Ordinal);

    public ProjectDirectory(IReadOnlyList<SourceProject> listed, PeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(people);
        var projects = listed.Select(p => p.Project).ToList();
        foreach (var (project, members) in listed)
        {
            foreach (var member in members)
            {
                var person = people.FindByEmail(member.Email);
                if (person is not null) Add(new ProjectMember(project, person, member.Role, member.Rate, member.Active));
            }
        }

        // Projects an upstream knows only as ids on its people (People v3 has no project endpoint): one name-less project
        // per linked id, unless that upstream also lists the project.
        var linked = projects.ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var person in people.All)
        {
            foreach (var link in person.Links.Where(l => l.Kind == SourceLink.Project))
            {
                var key = KeyOf(link.Upstream, link.Id);
                if (!linked.TryGetValue(key, out var project))
                {
                    linked[key] = project = new Project(key, link.Upstream, link.Id, null, null, null, null, null);
                    projects.Add(project);
                }
                Add(new ProjectMember(project, person, Role: null, Rate: null, Active: !person.Suspended));
            }
        }

        All = projects;
        _byKey = projects.ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<Project> All { get; }

    public Project? Find(string key) => _byKey.GetValueOrDefault(key);

    public IReadOnlyList<ProjectMember> MembersOf(Project project) =>
        _membersByProject.TryGetValue(project.Key, out var members) ? members : [];

    public IReadOnlyList<ProjectMember> MembershipsOf(Person person) =>
        _membershipsByPerson.TryGetValue(person.Key, out var memberships) ? memberships : [];

    public static string KeyOf(UpstreamName source, string externalId) => $"{source.Code}:{externalId}";

    private void Add(ProjectMember member)
    {
        Append(_membersByProject, member.Project.Key, member);
        Append(_membershipsByPerson, member.Person.Key, member);
    }

    private static void Append(Dictionary<string, List<ProjectMember>> index, string key, ProjectMember member)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(member);
    }
}
