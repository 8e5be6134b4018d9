using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Upstreams.Common.Http;

/// <summary>The send-and-read step every client shares: transport failures become exactly one UpstreamException.</summary>
internal static class UpstreamHttp
{
    public static async Task<UpstreamResponse> SendAsync(
        HttpClient http, HttpRequestMessage request, UpstreamCall call, CancellationToken ct)
    {
        request.Options.Set(UpstreamCall.OptionsKey, call);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (Translate(call, e) is { } error)
        {
            throw error;
        }

        using (response)
        {
            // ContentBufferingHandler has read the body within the attempt's timeout; this copies it out.
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            return new UpstreamResponse(response.StatusCode, body, UpstreamPipelines.RetryAfterOf(response));
        }
    }

    private static UpstreamException? Translate(UpstreamCall call, Exception e) => e switch
    {
        BrokenCircuitException => UpstreamErrors.Unavailable(call, "recent calls failed, so calls are paused while it recovers"),
        TimeoutRejectedException or TaskCanceledException => UpstreamErrors.NoAnswer(call, "did not answer in time"),
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }
            => UpstreamErrors.Unavailable(call, "the connection was refused"),
        HttpRequestException when call.IsWrite => UpstreamErrors.NoAnswer(call, "dropped the connection before answering"),
        HttpRequestException => UpstreamErrors.Unavailable(call, "the connection failed"),
        _ => null,
    };
}
