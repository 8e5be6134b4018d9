using System.ComponentModel.DataAnnotations;

namespace Gateway.Graph.Federation;

/// <summary>Apollo Federation v2 subgraph mode, bound from <c>Graph:Federation</c>; off unless enabled.</summary>
public sealed class FederationOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Graph:Federation";

    /// <summary>
    /// Serve the graph as a federation subgraph: <c>@link</c>, <c>@key</c> entities, <c>_service</c> and
    /// <c>_entities</c>. Off by default, so the published schema stays the stand-alone one.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// The most representations one <c>_entities</c> call accepts. A router sends one call per entity batch of a
    /// query plan; a larger list is refused before any upstream call.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxRepresentations { get; set; } = 1_000;
}
