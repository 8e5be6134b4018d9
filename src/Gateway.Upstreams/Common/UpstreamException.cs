namespace Gateway.Upstreams.Common;

/// <summary>
/// The one error every upstream client throws. The message is safe to show to a user:
/// it never holds a URL, query string, hash, key or token.
/// </summary>
public sealed class UpstreamException(
    UpstreamName upstream,
    string operation,
    UpstreamErrorKind kind,
    string message,
    TimeSpan? retryAfter = null,
    Exception? inner = null) : Exception(message, inner)
{
    public UpstreamName Upstream { get; } = upstream;

    /// <summary>The contract operation, e.g. <c>get_users</c> or <c>GET /portal/{portalId}/users/</c>.</summary>
    public string Operation { get; } = operation;

    public UpstreamErrorKind Kind { get; } = kind;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
