using System.Net;

namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// A fully read upstream answer: status, body bytes and, for 429, the wait it asked for. The body stays UTF-8
/// (JSON's only encoding, RFC 8259) and is parsed from the bytes, never transcoded to a string first.
/// </summary>
internal sealed record UpstreamResponse(HttpStatusCode Status, byte[] Body, TimeSpan? RetryAfter)
{
    public bool IsSuccess => (int)Status is >= 200 and <= 299;
}
