using System.Net;

namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// Builds the one <see cref="UpstreamException"/> per failure. Messages state the fact in one sentence, naming the
/// upstream and the contract operation only, and give no advice: what to do depends on who reads the error (a query's
/// field error or a mutation's payload error), so the graph adds it. Inner exceptions are dropped because transport
/// messages can quote the URI.
/// </summary>
internal static class UpstreamErrors
{
    private const int MaxUpstreamMessageLength = 300;

    public static UpstreamException Create(UpstreamCall call, UpstreamErrorKind kind, string message, TimeSpan? retryAfter = null) =>
        new(call.Upstream, call.Operation, kind, message, retryAfter);

    public static UpstreamException BadResponse(UpstreamCall call) =>
        Create(call, UpstreamErrorKind.BadResponse,
            $"{call.Upstream.DisplayName} sent an answer to {call.Operation} that does not match its contract.");

    public static UpstreamException Unauthorized(UpstreamCall call) =>
        Create(call, UpstreamErrorKind.Unauthorized,
            $"{call.Upstream.DisplayName} refused the gateway's credentials for {call.Operation}.");

    public static UpstreamException Rejected(UpstreamCall call, string? upstreamMessage, HttpStatusCode status) =>
        Create(call, UpstreamErrorKind.Rejected, Clip(upstreamMessage)
            ?? $"{call.Upstream.DisplayName} rejected {call.Operation} (HTTP {(int)status}).");

    public static UpstreamException Unavailable(UpstreamCall call, string why) =>
        Create(call, UpstreamErrorKind.Unavailable, $"{call.Upstream.DisplayName} is unavailable for {call.Operation}: {why}.");

    /// <summary>The wait, when the upstream gave one, travels as <see cref="UpstreamException.RetryAfter"/>, not in the text.</summary>
    public static UpstreamException RateLimited(UpstreamCall call, TimeSpan? retryAfter) =>
        Create(call, UpstreamErrorKind.RateLimited, $"{call.Upstream.DisplayName} is rate limiting {call.Operation}.", retryAfter);

    /// <summary>A read that ran out of time is a Timeout; a write may have landed, so it is OutcomeUnknown.</summary>
    public static UpstreamException NoAnswer(UpstreamCall call, string why) => call.IsWrite
        ? Create(call, UpstreamErrorKind.OutcomeUnknown,
            $"{call.Upstream.DisplayName} {why} for {call.Operation}, so the change may or may not have been applied.")
        : Create(call, UpstreamErrorKind.Timeout, $"{call.Upstream.DisplayName} {why} for {call.Operation}.");

    /// <summary>Maps a non-success status; <paramref name="upstreamMessage"/> is the upstream's own error text, if any.</summary>
    public static UpstreamException ForStatus(UpstreamCall call, UpstreamResponse response, string? upstreamMessage)
    {
        var status = response.Status;
        var code = (int)status;
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Unauthorized(call),
            HttpStatusCode.NotFound => Create(call, UpstreamErrorKind.NotFound,
                Clip(upstreamMessage) ?? $"{call.Upstream.DisplayName} has no such record ({call.Operation})."),
            HttpStatusCode.TooManyRequests => RateLimited(call, response.RetryAfter),
            HttpStatusCode.RequestTimeout => NoAnswer(call, "timed out (HTTP 408)"),
            _ when code >= 500 => Unavailable(call, $"it answered HTTP {code}"),
            _ when code >= 400 => Rejected(call, upstreamMessage, status),
            _ => BadResponse(call),
        };
    }

    private static string? Clip(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var trimmed = message.Trim();
        return trimmed.Length <= MaxUpstreamMessageLength ? trimmed : trimmed[..MaxUpstreamMessageLength] + "…";
    }
}
