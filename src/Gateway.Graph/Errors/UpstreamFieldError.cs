using System.Globalization;
using GraphQL;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Errors;

/// <summary>
/// A field that could not be (fully) resolved because an upstream failed. Carries a stable
/// <c>extensions.code</c>, the upstream and the operation, so a client can tell which data is missing and why.
/// </summary>
public sealed class UpstreamFieldError : ExecutionError
{
    public UpstreamFieldError(UpstreamException failure) : base(MessageFor(failure))
    {
        Code = CodeFor(failure.Kind);
        Extensions = new Dictionary<string, object?>
        {
            ["upstream"] = failure.Upstream.Code(),
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

    public static string MessageFor(UpstreamException failure)
    {
        var name = failure.Upstream switch
        {
            UpstreamName.Worksection => "Worksection",
            UpstreamName.ZohoProjects => "Zoho Projects",
            _ => "People v3",
        };
        var advice = failure.Kind switch
        {
            UpstreamErrorKind.RateLimited when failure.RetryAfter is { } after =>
                $" Retry after {Math.Ceiling(after.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s.",
            UpstreamErrorKind.Unauthorized => " The gateway's credentials for it are refused; an operator must fix the configuration.",
            UpstreamErrorKind.OutcomeUnknown => " The write may or may not have happened: read before retrying.",
            UpstreamErrorKind.Rejected or UpstreamErrorKind.NotFound => "",
            _ => " Data from the other upstreams is still returned; retry later.",
        };
        return $"{name} ({failure.Operation}) failed: {failure.Message}{advice}";
    }
}
