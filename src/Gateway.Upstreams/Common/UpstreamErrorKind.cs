namespace Gateway.Upstreams.Common;

/// <summary>Why an upstream call failed; the graph maps each kind to a stable GraphQL error code.</summary>
public enum UpstreamErrorKind
{
    /// <summary>Connection refused, 5xx after retries, or the circuit breaker is open.</summary>
    Unavailable,
    /// <summary>A read did not answer within its attempt or total timeout.</summary>
    Timeout,
    /// <summary>429; <see cref="UpstreamException.RetryAfter"/> says when to come back.</summary>
    RateLimited,
    /// <summary>The body is not what the contract describes (not JSON, truncated, wrong shape).</summary>
    BadResponse,
    /// <summary>Credentials refused (401/403, Worksection's hash error).</summary>
    Unauthorized,
    /// <summary>The addressed record does not exist upstream.</summary>
    NotFound,
    /// <summary>The upstream refused the input; the message is the upstream's own.</summary>
    Rejected,
    /// <summary>A write may have reached the upstream but no answer came back: read before retrying.</summary>
    OutcomeUnknown,
}
