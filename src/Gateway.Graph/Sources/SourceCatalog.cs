using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

/// <summary>
/// This request's adapters, in registration order, and lookups by upstream that fail loudly: an upstream without an
/// adapter, or without the capability asked for, is a wiring mistake, never something to route somewhere else.
/// </summary>
public sealed class SourceCatalog(IEnumerable<ISource> sources)
{
    public IReadOnlyList<ISource> All { get; } = [.. sources];

    /// <summary>Every adapter serving <typeparamref name="T"/>, in registration order.</summary>
    public IEnumerable<T> Of<T>() where T : ISource => All.OfType<T>();

    /// <summary>The adapter of <paramref name="upstream"/>.</summary>
    public ISource this[UpstreamName upstream] =>
        All.FirstOrDefault(source => source.Upstream == upstream) ?? throw SourceIdentities.NotRegistered(upstream);

    /// <summary>The adapter of <paramref name="upstream"/> as the capability <typeparamref name="T"/>; throws when it lacks it.</summary>
    public T Get<T>(UpstreamName upstream) where T : ISource => this[upstream] is T capable
        ? capable
        : throw new InvalidOperationException($"The {upstream.DisplayName} adapter does not implement {typeof(T).Name}.");
}
