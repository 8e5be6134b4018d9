using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Projects;

/// <summary>
/// All projects with their members: every project source's projects, read side by side with the merged people,
/// and the projects people's records name by id (People v3's).
/// </summary>
public sealed class ProjectDirectoryDataLoader(SourceCatalog sources, PeopleDirectoryDataLoader people, DerivedSnapshotMemo<ProjectDirectory> memo)
    : SnapshotDataLoader<Partial<ProjectDirectory>>
{
    protected override async Task<Partial<ProjectDirectory>> FetchAsync(CancellationToken cancellationToken)
    {
        var peopleTask = people.LoadAsync().GetResultAsync(cancellationToken);
        var listed = await Task.WhenAll(sources.Of<IProjectSource>().Select(source => source.LoadProjectsAsync(cancellationToken)));
        var directory = await peopleTask;
        var projects = listed.SelectMany(l => l.Value).ToList();
        List<UpstreamException> failures = [.. listed.SelectMany(l => l.Failures), .. directory.Failures];
        object?[] inputs = [directory.Value, .. projects.SelectMany(p => new object[] { p.Project, p.Members })];
        return new Partial<ProjectDirectory>(await memo.GetOrBuildAsync(inputs, () => new ProjectDirectory(projects, directory.Value)), failures);
    }
}
