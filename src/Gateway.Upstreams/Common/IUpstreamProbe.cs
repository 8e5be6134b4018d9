namespace Gateway.Upstreams.Common;

/// <summary>Cheap reachability facts per upstream, for the graph's <c>upstreams</c> field and readiness checks.</summary>
public interface IUpstreamProbe
{
    /// <summary>True when one cheap read (a small list) succeeds right now; false for any upstream error.</summary>
    Task<bool> IsReachableAsync(UpstreamName upstream, CancellationToken ct);

    /// <summary>True while the upstream's circuit breaker is open (or isolated), i.e. calls fail fast without a request.</summary>
    bool IsCircuitOpen(UpstreamName upstream);
}
