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
        var upstream = call?.Upstream.Code() ?? "unknown";
        var operation = call?.Operation ?? request.Method.Method;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            logger.LogInformation(
                "{Upstream} {Operation} answered HTTP {StatusCode} in {ElapsedMs:0} ms",
                upstream, operation, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception e)
        {
            // The exception type only: messages of transport exceptions can quote the request URI.
            logger.LogWarning(
                "{Upstream} {Operation} failed with {ErrorType} after {ElapsedMs:0} ms",
                upstream, operation, e.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
