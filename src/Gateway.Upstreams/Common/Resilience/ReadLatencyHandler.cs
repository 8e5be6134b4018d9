using System.Diagnostics;
using Gateway.Upstreams.Common.Http;

namespace Gateway.Upstreams.Common.Resilience;

/// <summary>
/// Inside the resilience pipeline, around <see cref="ContentBufferingHandler"/>: times each read attempt, body included,
/// and feeds the successful ones to <see cref="ReadStallDetector"/>.
/// </summary>
internal sealed class ReadLatencyHandler(ReadStallDetector detector) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        if (UpstreamCall.Of(request) is { IsWrite: false } call && response.IsSuccessStatusCode
            && response.Content is BufferedBodyContent { IsMalformed: false })
        {
            detector.RecordSuccess(call, Stopwatch.GetElapsedTime(started));
        }

        return response;
    }
}
