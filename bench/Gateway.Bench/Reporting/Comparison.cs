namespace Gateway.Bench.Reporting;

/// <summary>The gateway against the direct baseline for one scenario, data size and upstream latency.</summary>
public sealed record Comparison
{
    public required string Scenario { get; init; }

    public required int People { get; init; }

    public required int UpstreamLatencyMs { get; init; }

    public required double AddedP50Ms { get; init; }

    public required double AddedP99Ms { get; init; }

    /// <summary>Gateway minus baseline p50 with one request at a time: the added latency without queueing.</summary>
    public required double AddedP50OneAtATimeMs { get; init; }

    /// <summary>Gateway requests per second divided by the baseline's.</summary>
    public required double ThroughputRatio { get; init; }

    public required double GatewayCallsPerRequest { get; init; }

    public required int MinimumCalls { get; init; }

    public required int DependentRounds { get; init; }

    /// <summary>
    /// At non-zero upstream latency: the gateway's one-at-a-time p50 / (latency × dependent rounds); 1 is the floor.
    /// One request at a time, so that CPU queueing under load does not count as critical path.
    /// </summary>
    public required double? CriticalPathRatio { get; init; }

    public required double? BaselineCriticalPathRatio { get; init; }

    public static Comparison Of(RunRecord gateway, RunRecord baseline, int minimumCalls, int rounds)
    {
        double? Ratio(RunRecord r) => r.UpstreamLatencyMs > 0 ? r.SequentialP50Ms / (r.UpstreamLatencyMs * (double)rounds) : null;
        return new Comparison
        {
            Scenario = gateway.Scenario,
            People = gateway.People,
            UpstreamLatencyMs = gateway.UpstreamLatencyMs,
            AddedP50Ms = gateway.P50Ms - baseline.P50Ms,
            AddedP99Ms = gateway.P99Ms - baseline.P99Ms,
            AddedP50OneAtATimeMs = gateway.SequentialP50Ms - baseline.SequentialP50Ms,
            ThroughputRatio = baseline.RequestsPerSecond > 0 ? gateway.RequestsPerSecond / baseline.RequestsPerSecond : double.NaN,
            GatewayCallsPerRequest = gateway.UpstreamCallsPerRequest,
            MinimumCalls = minimumCalls,
            DependentRounds = rounds,
            CriticalPathRatio = Ratio(gateway),
            BaselineCriticalPathRatio = Ratio(baseline),
        };
    }
}
