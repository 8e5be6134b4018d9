using System.Collections.Concurrent;
using GraphQL;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Errors;

/// <summary>
/// Adds one error per failed upstream operation and field to the response, while the field still returns what the
/// healthy upstreams gave. Without de-duplication a failed list call would repeat the same error on every item of a
/// page; the error keeps the path of the first item it cost, and <c>extensions.fieldPath</c> names the field pattern.
/// One instance per request (scoped).
/// </summary>
public sealed class PartialFailureReporter
{
    private readonly ConcurrentDictionary<(UpstreamName, string, string), bool> _reported = new();

    public void Report(IResolveFieldContext context, IEnumerable<UpstreamException> failures)
    {
        foreach (var failure in failures)
        {
            var fieldPath = string.Join('.', context.ResponsePath.Where(segment => segment is string));
            if (!_reported.TryAdd((failure.Upstream, failure.Operation, fieldPath), true)) continue;
            var error = new UpstreamFieldError(failure) { Path = context.ResponsePath };
            error.Extensions!["fieldPath"] = fieldPath;
            context.Errors.Add(error);
        }
    }

    public T Unwrap<T>(IResolveFieldContext context, Partial<T> partial)
    {
        Report(context, partial.Failures);
        return partial.Value;
    }
}
