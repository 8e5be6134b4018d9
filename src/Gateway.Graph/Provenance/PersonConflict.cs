using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>
/// One disagreement about a person. <see cref="System"/> names the one system concerned (the one with duplicate
/// records, or the one missing an account); <see cref="Chosen"/> is the value the merged person shows.
/// </summary>
public sealed record PersonConflict(
    PersonField Field,
    ConflictKind Kind,
    UpstreamName? System,
    string? Chosen,
    IReadOnlyList<SourceValue> Values);
