using Gateway.Bench.Baseline;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// One screen the benchmark measures: its GraphQL request, the same data fetched directly, the fewest upstream calls
/// it can cost and the fewest dependent upstream round-trips (the critical path) it can be served in.
/// </summary>
/// <param name="Name">File-name friendly id, e.g. <c>directory-page</c>.</param>
/// <param name="Query">The GraphQL document.</param>
/// <param name="Variables">Its variables, resolved against the running data.</param>
/// <param name="Baseline">The same data through <see cref="BaselineScenarios"/>.</param>
/// <param name="MinimumCalls">The fewest upstream calls the data needs.</param>
/// <param name="MinimumCallsWhy">Why that many.</param>
/// <param name="DependentRounds">Upstream round-trips that must happen one after another.</param>
/// <param name="DependentRoundsWhy">Which ones, and why they cannot overlap.</param>
/// <param name="ByDocumentId">Sent as <c>documentId</c> (a persisted operation in the bench's manifest) instead of text.</param>
public sealed record Scenario(
    string Name,
    string Query,
    IReadOnlyDictionary<string, object?> Variables,
    Func<BaselineScenarios, CancellationToken, Task<bool>> Baseline,
    int MinimumCalls,
    string MinimumCallsWhy,
    int DependentRounds,
    string DependentRoundsWhy,
    bool ByDocumentId = false)
{
    /// <summary>The GraphQL request body's document part: the text, or the persisted operation's id.</summary>
    public object RequestBody => ByDocumentId
        ? new { documentId = "sha256:" + Gateway.Bench.Hosting.PersistedManifest.Hash(Query), variables = Variables }
        : new { query = Query, variables = Variables };
}
