namespace Gateway.Graph.Teams;

/// <summary>The input of createTeam (<c>CreateTeamInput</c>).</summary>
public sealed record CreateTeamInput(string? Name, bool? Client);
