namespace Gateway.Bench.Reporting;

/// <summary>One timed run of one scenario against the gateway or the direct baseline.</summary>
public sealed record RunRecord
{
    public required string Scenario { get; init; }

    /// <summary><c>gateway</c> or <c>baseline</c>.</summary>
    public required string Target { get; init; }

    public required int People { get; init; }

    public required int UpstreamLatencyMs { get; init; }

    public required int Concurrency { get; init; }

    public required double DurationSeconds { get; init; }

    public required int Requests { get; init; }

    public required int Errors { get; init; }

    public required double RequestsPerSecond { get; init; }

    public required double P50Ms { get; init; }

    public required double P95Ms { get; init; }

    public required double P99Ms { get; init; }

    public required double MeanMs { get; init; }

    /// <summary>Median latency with one request at a time, free of queueing.</summary>
    public required double SequentialP50Ms { get; init; }

    public required double UpstreamCallsPerRequest { get; init; }

    public required IReadOnlyDictionary<string, double> UpstreamCallsPerRequestByOperation { get; init; }

    /// <summary>Gateway process CPU per 1,000 requests; null for baseline runs (the gateway is idle then).</summary>
    public required double? GatewayCpuSecondsPer1000 { get; init; }

    public required double EmulatorCpuSecondsPer1000 { get; init; }

    /// <summary>This load-driving process: the driver alone for gateway runs, driver plus direct client for baseline runs.</summary>
    public required double BenchCpuSecondsPer1000 { get; init; }

    /// <summary>Highest gateway resident set size sampled during the run.</summary>
    public required double GatewayRssPeakMb { get; init; }
}
