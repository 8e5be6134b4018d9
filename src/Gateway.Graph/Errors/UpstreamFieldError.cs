using GraphQL;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Errors;

/// <summary>
/// A field that could not be (fully) resolved because an upstream failed. Carries a stable
/// <c>extensions.code</c>, the upstream and the operation, so a client can tell which data is missing and why.
/// </summary>
public sealed class UpstreamFieldError : ExecutionError
{
    public UpstreamFieldError(UpstreamException failure) : base(UpstreamMessages.ForField(failure))
    {
        Code = CodeFor(failure.Kind);
        Extensions = new Dictionary<string, object?>
        {
            ["upstream"] = failure.Upstream.Code,
            ["operation"] = failure.Operation,
        };
        if (failure.RetryAfter is { } retryAfter)
            Extensions["retryAfterSeconds"] = (int)Math.Ceiling(retryAfter.TotalSeconds);
    }

    public static string CodeFor(UpstreamErrorKind kind) => kind switch
    {
        UpstreamErrorKind.Unavailable => "UPSTREAM_UNAVAILABLE",
        UpstreamErrorKind.Timeout => "UPSTREAM_TIMEOUT",
        UpstreamErrorKind.RateLimited => "UPSTREAM_RATE_LIMITED",
        UpstreamErrorKind.BadResponse => "UPSTREAM_BAD_RESPONSE",
        UpstreamErrorKind.Unauthorized => "UPSTREAM_UNAUTHORIZED",
        UpstreamErrorKind.NotFound => "UPSTREAM_NOT_FOUND",
        UpstreamErrorKind.Rejected => "UPSTREAM_REJECTED",
        UpstreamErrorKind.OutcomeUnknown => "UPSTREAM_OUTCOME_UNKNOWN",
        _ => "UPSTREAM_ERROR",
    };
}
