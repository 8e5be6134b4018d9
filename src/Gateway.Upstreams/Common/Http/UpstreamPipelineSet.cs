using Polly;
using Polly.CircuitBreaker;

namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// One upstream's read and write pipelines. Both wrap the same circuit-breaker instance, so failed
/// writes count towards opening it while only reads are ever retried.
/// </summary>
internal sealed class UpstreamPipelineSet(
    ResiliencePipeline<HttpResponseMessage> read,
    ResiliencePipeline<HttpResponseMessage> write,
    CircuitBreakerStateProvider breaker)
{
    public ResiliencePipeline<HttpResponseMessage> Read { get; } = read;

    public ResiliencePipeline<HttpResponseMessage> Write { get; } = write;

    public CircuitState BreakerState => breaker.CircuitState;

    // A request without a call description takes the write pipeline: not retrying is the safe default.
    public ResiliencePipeline<HttpResponseMessage> Select(HttpRequestMessage request) =>
        UpstreamCall.Of(request) is { IsWrite: false } ? Read : Write;
}
