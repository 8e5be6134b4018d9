using Gateway.Bench.Scenarios;

namespace Gateway.Bench.Reporting;

/// <summary>Everything one benchmark run measured, and the gateway-versus-baseline comparisons derived from it.</summary>
public sealed class BenchReport(BenchSettings settings, MachineInfo machine)
{
    private readonly Dictionary<string, Scenario> _scenarios = [];
    private readonly List<RunRecord> _runs = [];
    private readonly SortedDictionary<int, double> _peakRssMb = [];
    private readonly List<CriticalPathProbe> _probes = [];

    public BenchSettings Settings { get; } = settings;

    public MachineInfo Machine { get; } = machine;

    public DateTime StartedUtc { get; } = DateTime.UtcNow;

    public IReadOnlyList<RunRecord> Runs => _runs;

    public IReadOnlyCollection<Scenario> Scenarios => _scenarios.Values;

    public IReadOnlyList<CriticalPathProbe> CriticalPathProbes => _probes;

    /// <summary>The gateway's highest resident set size over its whole life (VmHWM), per data set.</summary>
    public IReadOnlyDictionary<int, double> GatewayPeakRssMb => _peakRssMb;

    public void Define(Scenario scenario) => _scenarios.TryAdd(scenario.Name, scenario);

    public void Add(RunRecord run) => _runs.Add(run);

    public void Add(CriticalPathProbe probe) => _probes.Add(probe);

    public void AddPeakRss(int people, long bytes) => _peakRssMb[people] = Math.Round(bytes / 1024.0 / 1024, 1);

    public IReadOnlyList<Comparison> Comparisons() =>
        _runs.Where(r => r.Target == ScenarioRunner.GatewayTarget)
            .Select(g => (Gateway: g, Baseline: _runs.FirstOrDefault(b => b.Target == ScenarioRunner.BaselineTarget
                && b.Scenario == g.Scenario && b.People == g.People && b.UpstreamLatencyMs == g.UpstreamLatencyMs)))
            .Where(p => p.Baseline is not null)
            .Select(p => Comparison.Of(p.Gateway, p.Baseline!, _scenarios[p.Gateway.Scenario].MinimumCalls, _scenarios[p.Gateway.Scenario].DependentRounds))
            .ToList();
}
