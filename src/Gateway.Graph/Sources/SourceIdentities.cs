using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

/// <summary>Every registered upstream's identity, in registration order; what the schema and the merge table are built from.</summary>
public sealed class SourceIdentities
{
    private readonly Dictionary<UpstreamName, SourceIdentity> _byUpstream;

    public SourceIdentities(IEnumerable<SourceIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(identities);
        All = identities.ToList();
        var duplicate = All.GroupBy(i => i.Upstream).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Upstream '{duplicate.Key.Code}' is registered by more than one adapter.");
        _byUpstream = All.ToDictionary(i => i.Upstream);
    }

    public IReadOnlyList<SourceIdentity> All { get; }

    /// <summary>The upstream a configuration value names, by code (<c>peoplev3</c>) or schema value (<c>PEOPLE_V3</c>), any case.</summary>
    public UpstreamName? Find(string name) => All.FirstOrDefault(i =>
        string.Equals(i.Upstream.Code, name, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(i.SchemaValue, name, StringComparison.OrdinalIgnoreCase))?.Upstream;

    public SourceIdentity this[UpstreamName upstream] => _byUpstream.TryGetValue(upstream, out var identity) ? identity : throw NotRegistered(upstream);

    /// <summary>What every lookup of an upstream without an adapter throws: a wiring mistake, never routed elsewhere.</summary>
    public static InvalidOperationException NotRegistered(UpstreamName upstream) =>
        new($"No source adapter is registered for upstream '{upstream.Code}'; register one with AddSource.");
}
