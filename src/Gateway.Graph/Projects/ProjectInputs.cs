namespace Gateway.Graph.Projects;

/// <summary>The input of addProjectMembers (<c>AddProjectMembersInput</c>).</summary>
public sealed record AddProjectMembersInput(string? ProjectId, IReadOnlyList<string>? Emails, string? Role, decimal? Rate);

/// <summary>The input of updateProjectMemberRole (<c>UpdateProjectMemberRoleInput</c>).</summary>
public sealed record UpdateProjectMemberRoleInput(string? ProjectId, string? PersonId, string? Email, string? Role);

/// <summary>
/// The input of subscribeToTask and unsubscribeFromTask (<c>SubscribeToTaskInput</c>, <c>UnsubscribeFromTaskInput</c>):
/// the two input types have the same fields.
/// </summary>
public sealed record TaskSubscriptionInput(string? ProjectId, string? TaskId, string? Email);
