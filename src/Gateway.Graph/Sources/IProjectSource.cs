using Gateway.Graph.Errors;
using Gateway.Graph.Projects;

namespace Gateway.Graph.Sources;

/// <summary>
/// An upstream that lists projects and their members. (Projects an upstream only names by id on its people, as People
/// v3 does, need no adapter: a <see cref="SourceLink.Project"/> link on a person makes one.)
/// </summary>
public interface IProjectSource : ISource
{
    /// <summary>
    /// Every project with its members' records, through this request's loaders. A failure costs only what it hides
    /// (the whole list, or one project's members). Projects and member lists are the same instances while the upstream
    /// answers the same data, so the directory built from them is reused.
    /// </summary>
    Task<Partial<IReadOnlyList<SourceProject>>> LoadProjectsAsync(CancellationToken cancellationToken);
}

/// <summary>A listed project and its members as that upstream states them.</summary>
public sealed record SourceProject(Project Project, IReadOnlyList<SourceProjectMember> Members);

/// <summary>One member of a listed project: found among the merged people by email.</summary>
public sealed record SourceProjectMember(string Email, string? Role, decimal? Rate, bool Active);
