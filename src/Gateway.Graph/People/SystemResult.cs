using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>What a cross-system action did in one system.</summary>
public sealed record SystemResult(UpstreamName System, SystemStatus Status, string? Reason, UpstreamError? Error = null)
{
    public static SystemResult Failed(UpstreamName system, UpstreamException failure, string? reason = null) =>
        new(system, SystemStatus.Failed, reason ?? UpstreamError.From(failure).Message, UpstreamError.From(failure));
}

/// <summary>The result of onboardPerson / offboardPerson: the person and one result per system asked for.</summary>
public sealed record CrossSystemOutcome(string PersonKey, IReadOnlyList<SystemResult> Results) : IPersonOutcome;
