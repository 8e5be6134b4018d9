using Gateway.Graph.Teams;

namespace Gateway.Graph.Sources;

/// <summary>An upstream that holds teams (groups of people); a person's record links to the teams they belong to.</summary>
public interface ITeamSource : ISource
{
    /// <summary>Every team, in the upstream's order; the same list instance while the upstream answers the same data.</summary>
    Task<IReadOnlyList<Team>> GetTeamsAsync(CancellationToken cancellationToken);
}
