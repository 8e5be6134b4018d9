using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

/// <summary>
/// One upstream system as the graph sees it. Every adapter implements this and the capability contracts it serves
/// (<see cref="IPeopleSource"/>, <see cref="IAccountLifecycle"/>, ...); the graph depends only on these contracts.
/// Adapters live for one request (they use that request's upstream clients); find one through <see cref="SourceCatalog"/>.
/// </summary>
public interface ISource
{
    UpstreamName Upstream { get; }

    /// <summary>
    /// The upstream's cheapest read, for the <c>upstreams</c> query and readiness; throws the upstream's
    /// <c>UpstreamException</c> when it is not reachable.
    /// </summary>
    Task<SourceProbe> ProbeAsync(CancellationToken cancellationToken);
}

/// <summary>An adapter class: declares its upstream's identity once, so it is known before any request.</summary>
public interface ISourceAdapter : ISource
{
    static abstract SourceIdentity Identity { get; }
}

/// <summary>What a successful probe learnt; <see cref="SeatsAvailable"/> only where the upstream tells it (Zoho's licence).</summary>
public sealed record SourceProbe(int? SeatsAvailable = null);
