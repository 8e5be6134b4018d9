using System.Globalization;
using GraphQL;
using GraphQL.DI;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Snapshots;

namespace Gateway.Graph.Upstreams;

/// <summary>
/// One <see cref="SnapshotReadScope"/> per operation: the upstream version stamps are read once for it, and when any of
/// its data came from a snapshot past MaxAge (the upstream's refresh failed), the response says so in
/// <c>extensions.staleUpstreams</c>: <c>[{ "name": "peoplev3", "asOf": "2026-11-30T21:00:00+00:00" }]</c>, with no
/// error, since the data is there.
/// </summary>
internal sealed class StaleUpstreamsExtension : IConfigureExecution
{
    public const string Key = "staleUpstreams";

    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using var scope = SnapshotReadScope.Begin();
        var result = await next(options);
        if (scope.StaleUpstreams is { Count: > 0 } stale)
        {
            result.Extensions ??= [];
            result.Extensions[Key] = stale
                .Select(s => new Dictionary<string, object?>
                {
                    ["name"] = s.Upstream.Code,
                    ["asOf"] = s.AsOf.ToString("O", CultureInfo.InvariantCulture),
                })
                .ToList();
        }

        return result;
    }
}
