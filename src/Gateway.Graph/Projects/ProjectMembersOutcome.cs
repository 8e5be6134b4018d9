namespace Gateway.Graph.Projects;

/// <summary>The project a membership mutation changed and whose memberships (by merge key) the payload shows.</summary>
public sealed record ProjectMembersOutcome(string ProjectKey, IReadOnlyList<string> PersonKeys);
