using System.Net;

namespace Gateway.Upstreams.Common.Http;

/// <summary>A fully read upstream answer: status, body text and, for 429, the wait it asked for.</summary>
internal sealed record UpstreamResponse(HttpStatusCode Status, string Body, TimeSpan? RetryAfter)
{
    public bool IsSuccess => (int)Status is >= 200 and <= 299;
}
