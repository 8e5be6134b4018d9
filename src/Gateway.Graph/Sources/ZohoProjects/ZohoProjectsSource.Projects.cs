using GraphQL.DataLoader;
using Gateway.Graph.Errors;
using Gateway.Graph.Projects;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Sources.ZohoProjects;

/// <summary>The portal's projects, and each project's users (Zoho has no call for several projects' users at once).</summary>
public sealed partial class ZohoProjectsSource : IProjectSource
{
    public async Task<Partial<IReadOnlyList<SourceProject>>> LoadProjectsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Project> projects;
        try
        {
            projects = ListMapping<ZohoProject, Project>.Map(await Client.GetProjectsAsync(cancellationToken), ToProject);
        }
        catch (UpstreamException failure)
        {
            return new Partial<IReadOnlyList<SourceProject>>([], [failure]);
        }

        // Through the request's members loader, so later Project.members loads and mutations hit its cache.
        var outcomes = await Members.LoadAsync(projects.Select(p => p.ExternalId)).GetResultAsync(cancellationToken);
        var listed = projects.Zip(outcomes, (project, outcome) =>
            new SourceProject(project, outcome is null ? [] : ListMapping<ZohoProjectUser, SourceProjectMember>.Map(outcome.Users, ToMember))).ToList();
        return new Partial<IReadOnlyList<SourceProject>>(listed, [.. outcomes.Select(o => o?.Failure).OfType<UpstreamException>()]);
    }

    public static Project ToProject(ZohoProject project) => new(
        ProjectDirectory.KeyOf(UpstreamName.ZohoProjects, project.Id), UpstreamName.ZohoProjects, project.Id,
        project.Name, project.Status, project.Description, project.OwnerName, project.CreatedAt);

    private static SourceProjectMember ToMember(ZohoProjectUser user) => new(user.Email, user.Role, user.Rate, user.Active ?? true);
}
