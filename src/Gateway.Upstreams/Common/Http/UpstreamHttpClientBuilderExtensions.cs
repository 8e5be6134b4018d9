using Gateway.Upstreams.Common.Quotas;
using Gateway.Upstreams.Common.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace Gateway.Upstreams.Common.Http;

internal static class UpstreamHttpClientBuilderExtensions
{
    /// <summary>
    /// One typed client per upstream; the resilience handler picks the read or write pipeline per request from
    /// the <see cref="UpstreamCall"/> the client method attached. One client (rather than two named ones) keeps
    /// one connection pool per upstream, and both pipelines share that upstream's circuit breaker.
    /// </summary>
    public static IHttpClientBuilder AddUpstreamHandlers(this IHttpClientBuilder builder, UpstreamName upstream)
    {
        return builder
            .RemoveAllLoggers()
            // The pipelines own every timeout; HttpClient's own 100 s default would only mask them.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp => new UpstreamLoggingHandler(sp.GetRequiredService<ILogger<UpstreamLoggingHandler>>()))
            .AddHttpMessageHandler(sp => new QuotaGate(upstream, sp.GetRequiredService<UpstreamQuotas>()))
            .AddHttpMessageHandler(sp => new RetryAfterGate(upstream, sp.GetRequiredService<IRetryAfterWindows>(), sp.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(sp =>
            {
                var pipelines = sp.GetRequiredService<UpstreamPipelines>().For(upstream);
                return new ResilienceHandler(pipelines.Select);
            })
            // Below the resilience handler: once per attempt.
            .AddHttpMessageHandler(sp => new RetryAfterRecorder(upstream, sp.GetRequiredService<IRetryAfterWindows>(), sp.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(sp => new ReadLatencyHandler(sp.GetRequiredService<ReadStallDetector>()))
            .AddHttpMessageHandler(() => new ContentBufferingHandler());
    }
}
