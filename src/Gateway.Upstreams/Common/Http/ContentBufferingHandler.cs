namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// Reads the whole body inside the attempt, so a response whose body stalls is cut by the attempt
/// timeout and retried like any other slow attempt, instead of hanging after the pipeline returned.
/// </summary>
internal sealed class ContentBufferingHandler : DelegatingHandler
{
    // Generous for people lists, small enough that a runaway body cannot exhaust memory.
    private const long MaxBodyBytes = 32 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        UpstreamTelemetry.CountAttempt();
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(MaxBodyBytes, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
