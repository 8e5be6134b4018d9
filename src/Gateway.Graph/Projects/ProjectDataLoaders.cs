using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.People;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Projects;

/// <summary>
/// Zoho project users by project id (<c>usertype=All</c>, so inactive members show too). Zoho has no call for several
/// projects at once, so a batch is one call per distinct project, all in flight together. A failure costs only
/// that project's members: it is kept per key rather than failing the batch.
/// </summary>
public sealed class ZohoProjectMembersDataLoader(ZohoProjectsClient zoho)
    : BatchDataLoader<string, ZohoProjectMembersDataLoader.Outcome>(async (projectIds, ct) =>
    {
        var outcomes = await Task.WhenAll(projectIds.Select(async id =>
        {
            try
            {
                return (id, new Outcome(await zoho.GetProjectUsersAsync(id, ZohoUserType.All, ct), null));
            }
            catch (UpstreamException failure)
            {
                return (id, new Outcome([], failure));
            }
        }));
        return outcomes.ToDictionary(o => o.id, o => o.Item2);
    })
{
    public sealed record Outcome(IReadOnlyList<ZohoProjectUser> Users, UpstreamException? Failure);
}

/// <summary>
/// All projects with their members: the Zoho project list, every Zoho project's users (through
/// <see cref="ZohoProjectMembersDataLoader"/>, so later <c>Project.members</c> loads hit its cache) and the
/// People v3 project ids from the merged people.
/// </summary>
public sealed class ProjectDirectoryDataLoader(
    ZohoProjectsClient zoho, PeopleDirectoryDataLoader people, ZohoProjectMembersDataLoader members,
    DerivedSnapshotMemo<ProjectDirectory> memo)
    : SnapshotDataLoader<Partial<ProjectDirectory>>
{
    protected override async Task<Partial<ProjectDirectory>> FetchAsync(CancellationToken cancellationToken)
    {
        var peopleTask = people.LoadAsync().GetResultAsync(cancellationToken);
        var failures = new List<UpstreamException>();
        IReadOnlyList<ZohoProject> projects;
        try
        {
            projects = await zoho.GetProjectsAsync(cancellationToken);
        }
        catch (UpstreamException failure)
        {
            failures.Add(failure);
            projects = [];
        }

        var outcomes = await members.LoadAsync(projects.Select(p => p.Id)).GetResultAsync(cancellationToken);
        var byProject = new Dictionary<string, IReadOnlyList<ZohoProjectUser>>(StringComparer.Ordinal);
        foreach (var (project, outcome) in projects.Zip(outcomes))
        {
            byProject[project.Id] = outcome?.Users ?? [];
            if (outcome?.Failure is { } failure) failures.Add(failure);
        }

        var directory = await peopleTask;
        failures.AddRange(directory.Failures);
        object?[] inputs = [projects, directory.Value, .. projects.Select(p => byProject[p.Id])];
        return new Partial<ProjectDirectory>(
            await memo.GetOrBuildAsync(inputs, () => new ProjectDirectory(projects, byProject, directory.Value)), failures);
    }
}
