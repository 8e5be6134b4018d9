using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Upstreams.Common.Http;

/// <summary>The send-and-read step every client shares: transport failures become exactly one UpstreamException.</summary>
internal static class UpstreamHttp
{
    /// <param name="previousBody">What this read answered last time (<see cref="DecodedReadMemo.PreviousBody"/>), if anything.</param>
    public static async Task<UpstreamResponse> SendAsync(
        HttpClient http, HttpRequestMessage request, UpstreamCall call, CancellationToken ct, byte[]? previousBody = null)
    {
        request.Options.Set(UpstreamCall.OptionsKey, call);
        if (previousBody is not null)
        {
            request.Options.Set(DecodedReadMemo.PreviousBodyKey, previousBody);
        }

        HttpResponseMessage response;
        try
        {
            // Headers only: ContentBufferingHandler has already read the body, inside the attempt; HttpClient's own
            // buffering would copy it once more into one large array.
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
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
            // ContentBufferingHandler has read the body within the attempt's timeout.
            var body = response.Content is BufferedBodyContent buffered ? buffered.Body : await response.Content.ReadAsByteArrayAsync(ct);
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
