namespace Gateway.Upstreams.Common;

/// <summary>
/// The state of each upstream's circuit breaker, for readiness. Reachability itself is each source's own probe
/// (<c>ISource.ProbeAsync</c> in the graph), so nothing here needs to know which client serves which upstream.
/// </summary>
public interface IUpstreamBreakers
{
    /// <summary>True while the upstream's circuit breaker is open (or isolated), i.e. calls fail fast without a request.</summary>
    bool IsCircuitOpen(UpstreamName upstream);
}
