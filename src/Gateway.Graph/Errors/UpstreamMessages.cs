using System.Globalization;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Errors;

/// <summary>
/// The words of an upstream failure, one sentence per error, written for whoever reads it. The upstream client states
/// the fact (which upstream, which operation, what happened); this adds the one piece of advice that fits the reader:
/// a query's field error keeps the rest of the response, a mutation's error is about a change that was or was not made.
/// </summary>
public static class UpstreamMessages
{
    /// <summary>For a field error in <c>errors[]</c>: the other fields of the response are unaffected.</summary>
    public static string ForField(UpstreamException failure) => failure.Kind switch
    {
        UpstreamErrorKind.RateLimited => With(failure, RetryAdvice(failure)),
        UpstreamErrorKind.Unauthorized => With(failure, "an operator must fix the gateway's credentials for it"),
        UpstreamErrorKind.OutcomeUnknown => With(failure, "read the current state before retrying"),
        UpstreamErrorKind.Rejected or UpstreamErrorKind.NotFound => Quoted(failure),
        _ => With(failure, "the fields other upstreams serve are still in this response; retry later"),
    };

    /// <summary>For the <c>UpstreamError</c> of a mutation payload: says whether the change can be retried as it is.</summary>
    public static string ForMutation(UpstreamException failure) => failure.Kind switch
    {
        UpstreamErrorKind.RateLimited => With(failure, "nothing was changed, " + RetryAdvice(failure)),
        UpstreamErrorKind.Unauthorized => With(failure, "nothing was changed; an operator must fix the gateway's credentials for it"),
        UpstreamErrorKind.OutcomeUnknown or UpstreamErrorKind.BadResponse => With(failure, "read the current state before retrying"),
        UpstreamErrorKind.Rejected or UpstreamErrorKind.NotFound => Quoted(failure),
        _ => With(failure, "retry later"),
    };

    private static string RetryAdvice(UpstreamException failure) => failure.RetryAfter is { } after
        ? $"retry after {Math.Ceiling(after.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s"
        : "retry later";

    // The client's sentence without its full stop, then the advice: one sentence.
    private static string With(UpstreamException failure, string advice) => $"{failure.Message.TrimEnd().TrimEnd('.')}; {advice}.";

    // Rejections usually carry the upstream's own words, which name neither the upstream nor the operation.
    private static string Quoted(UpstreamException failure) =>
        failure.Message.StartsWith(failure.Upstream.DisplayName, StringComparison.Ordinal)
            ? failure.Message
            : $"{failure.Upstream.DisplayName} refused {failure.Operation}: {failure.Message}";
}
