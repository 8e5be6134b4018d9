using System.Diagnostics;
using GraphQL;

namespace Gateway.Telemetry;

/// <summary>
/// Traces, measures and logs one GraphQL operation. Its span starts as <c>graphql.operation</c> and is
/// renamed after the operation once the document is parsed (<see cref="OperationNamingListener"/>).
/// </summary>
internal sealed class OperationTelemetry : IDisposable
{
    public const string UserContextKey = "gateway.telemetry";

    private readonly Activity? _activity;
    private readonly long _started = Stopwatch.GetTimestamp();

    public OperationTelemetry(string? requestedName)
    {
        Name = string.IsNullOrEmpty(requestedName) ? "anonymous" : requestedName;
        _activity = GatewayTelemetry.Source.StartActivity("graphql.operation");
        Rename(Name, type: null);
    }

    public string Name { get; private set; }

    public string Type { get; private set; } = "unknown";

    /// <summary>Called once the operation to run is known.</summary>
    public void Rename(string? name, string? type)
    {
        if (!string.IsNullOrEmpty(name))
            Name = name;
        if (type is not null)
            Type = type;
        if (_activity is null)
            return;
        _activity.DisplayName = $"graphql.operation {Name}";
        _activity.SetTag("graphql.operation.name", Name);
        _activity.SetTag("graphql.operation.type", Type);
    }

    /// <summary>Records the outcome; returns the elapsed milliseconds.</summary>
    public double Complete(ExecutionResult result)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started).TotalMilliseconds;
        var outcome = !result.Executed ? "refused" : result.Errors?.Count > 0 ? "errors" : "ok";
        var tags = new TagList { { "operation", Name }, { "type", Type }, { "outcome", outcome } };
        GatewayTelemetry.Requests.Add(1, tags);
        GatewayTelemetry.Duration.Record(elapsed, tags);
        _activity?.SetTag("graphql.outcome", outcome);
        _activity?.SetTag("graphql.errors", result.Errors?.Count ?? 0);
        if (outcome != "ok")
            _activity?.SetStatus(ActivityStatusCode.Error);
        return elapsed;
    }

    public void Dispose() => _activity?.Dispose();
}
