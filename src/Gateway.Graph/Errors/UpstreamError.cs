using Gateway.Upstreams.Common;

namespace Gateway.Graph.Errors;

/// <summary>
/// An upstream failure during a mutation, with the same code, upstream and operation as <see cref="UpstreamFieldError"/>.
/// <c>UPSTREAM_OUTCOME_UNKNOWN</c> means the write was sent but no answer came: read before retrying.
/// </summary>
public sealed record UpstreamError(string Message, string Code, UpstreamName Upstream, string Operation, int? RetryAfterSeconds)
    : MutationError(Message)
{
    public static UpstreamError From(UpstreamException failure) => new(
        UpstreamMessages.ForMutation(failure),
        UpstreamFieldError.CodeFor(failure.Kind),
        failure.Upstream,
        failure.Operation,
        failure.RetryAfter is { } after ? (int)Math.Ceiling(after.TotalSeconds) : null);
}
