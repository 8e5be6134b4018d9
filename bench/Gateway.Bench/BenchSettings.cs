namespace Gateway.Bench;

/// <summary>How long and how hard to drive each scenario, and on which data sizes.</summary>
/// <param name="Quick">The short smoke run (under a minute on 2 cores).</param>
/// <param name="Concurrency">Requests in flight at any time.</param>
/// <param name="Warmup">Unmeasured load before each run (JIT, connection pools, caches).</param>
/// <param name="Duration">Measured load per run.</param>
/// <param name="SequentialDuration">One-request-at-a-time run after each loaded run.</param>
/// <param name="People">Seeded people for every scenario.</param>
/// <param name="LargePeople">Seeded people for the directory page's growth check; null skips it.</param>
/// <param name="LatenciesMs">Upstream latencies every scenario runs at.</param>
public sealed record BenchSettings(bool Quick, int Concurrency, TimeSpan Warmup, TimeSpan Duration, TimeSpan SequentialDuration, int People, int? LargePeople, IReadOnlyList<int> LatenciesMs)
{
    /// <summary>Upstream latency of the critical-path probe: large next to the CPU time of a request on 1,000 people.</summary>
    public int ProbeLatencyMs => 300;

    /// <summary>One-at-a-time requests per scenario and target in the critical-path probe; none in a quick run.</summary>
    public int ProbeRequests => Quick ? 0 : 3;

    public static BenchSettings From(string[] args)
    {
        var quick = args.Contains("--quick");
        return quick
            // Quick: the one checked request before each run is the only warm-up, and the 10,000-people data set
            // (seconds per request on 2 cores) is left out, so it stays under a minute.
            ? new BenchSettings(true, 8, TimeSpan.Zero, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(0.5), 1_000, null, [0, 30])
            : new BenchSettings(false, 8, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(2), 1_000, 10_000, [0, 30]);
    }
}
