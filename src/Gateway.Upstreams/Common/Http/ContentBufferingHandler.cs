using System.Net;

namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// Reads the whole body inside the attempt, so a response whose body stalls is cut by the attempt
/// timeout and retried like any other slow attempt, instead of hanging after the pipeline returned.
/// A read that <see cref="DecodedReadMemo"/> has seen before is compared as it arrives (<see cref="UpstreamBodyReader"/>).
/// </summary>
internal sealed class ContentBufferingHandler : DelegatingHandler
{
    // Generous for people lists, small enough that a runaway body cannot exhaust memory.
    internal const long MaxBodyBytes = 32 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        UpstreamTelemetry.CountAttempt();
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            var original = response.Content;
            request.Options.TryGetValue(DecodedReadMemo.PreviousBodyKey, out var previous);
            byte[] body;
            await using (var stream = await original.ReadAsStreamAsync(cancellationToken))
            {
                body = await UpstreamBodyReader.ReadAsync(stream, original.Headers.ContentLength, previous, MaxBodyBytes, cancellationToken);
            }

            // A body equal to the last one this read decoded is known to be JSON; any other success body is checked here,
            // inside the attempt, so that the circuit breaker sees garbage as the failure it is.
            var malformed = response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NoContent
                && !ReferenceEquals(body, previous) && !UpstreamJson.IsWellFormed(body);
            response.Content = new BufferedBodyContent(body, original, malformed);
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
