using Gateway.Upstreams.Common.Http;
using Polly.CircuitBreaker;

namespace Gateway.Upstreams.Common;

internal sealed class UpstreamBreakers(UpstreamPipelines pipelines) : IUpstreamBreakers
{
    public bool IsCircuitOpen(UpstreamName upstream) =>
        pipelines.For(upstream).BreakerState is CircuitState.Open or CircuitState.Isolated;
}
