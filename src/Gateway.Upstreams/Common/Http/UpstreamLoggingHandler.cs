using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// Replaces IHttpClientFactory's default logging, which writes the full request URI: for Worksection that
/// holds the signing hash. Logs the contract operation, status and duration only, never URL, query or headers.
/// </summary>
internal sealed class UpstreamLoggingHandler(ILogger<UpstreamLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = UpstreamCall.Of(request);
        var upstream = call?.Upstream.Code ?? "unknown";
        var operation = call?.Operation ?? request.Method.Method;
        var tags = new TagList { { "upstream", upstream }, { "operation", operation } };
        using var activity = UpstreamTelemetry.Source.StartActivity($"upstream {upstream} {operation}", ActivityKind.Client);
        activity?.SetTag("upstream.name", upstream);
        activity?.SetTag("upstream.operation", operation);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            UpstreamTelemetry.TagRetries(activity);
            UpstreamTelemetry.Duration.Record(elapsed, tags);
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                UpstreamTelemetry.Errors.Add(1, tags);
            }
            logger.LogInformation(
                "{Upstream} {Operation} answered HTTP {StatusCode} in {ElapsedMs:0} ms",
                upstream, operation, (int)response.StatusCode, elapsed);
            return response;
        }
        catch (Exception e)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            UpstreamTelemetry.TagRetries(activity);
            UpstreamTelemetry.Duration.Record(elapsed, tags);
            UpstreamTelemetry.Errors.Add(1, tags);
            // The exception type only: messages of transport exceptions can quote the request URI.
            logger.LogWarning(
                "{Upstream} {Operation} failed with {ErrorType} after {ElapsedMs:0} ms",
                upstream, operation, e.GetType().Name, elapsed);
            throw;
        }
    }
}
