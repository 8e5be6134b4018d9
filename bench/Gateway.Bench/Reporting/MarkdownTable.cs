using System.Globalization;
using System.Text;

namespace Gateway.Bench.Reporting;

/// <summary>The results as markdown tables: every run, then gateway against baseline.</summary>
public static class MarkdownTable
{
    public static string Render(BenchReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | people | upstream ms | target | req/s | p50 ms | p95 ms | p99 ms | p50 one at a time ms | errors | upstream calls/req | gateway CPU s/1k req | emulator CPU s/1k req | gateway RSS MB |");
        text.AppendLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in report.Runs)
        {
            text.AppendLine(Row(r.Scenario, N(r.People), N(r.UpstreamLatencyMs), r.Target, F(r.RequestsPerSecond, 1), F(r.P50Ms), F(r.P95Ms), F(r.P99Ms),
                F(r.SequentialP50Ms), N(r.Errors), F(r.UpstreamCallsPerRequest), r.GatewayCpuSecondsPer1000 is { } cpu ? F(cpu) : "–", F(r.EmulatorCpuSecondsPer1000),
                r.Target == ScenarioRunner.GatewayTarget ? F(r.GatewayRssPeakMb, 0) : "–"));
        }

        text.AppendLine();
        text.AppendLine("| scenario | people | upstream ms | added p50 ms | added p99 ms | added p50 one at a time ms | throughput gateway/baseline | calls/req (minimum) | dependent rounds | critical-path ratio, one at a time: gateway (baseline) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in report.Comparisons())
        {
            text.AppendLine(Row(c.Scenario, N(c.People), N(c.UpstreamLatencyMs), F(c.AddedP50Ms), F(c.AddedP99Ms), F(c.AddedP50OneAtATimeMs), F(c.ThroughputRatio),
                $"{F(c.GatewayCallsPerRequest)} ({c.MinimumCalls})", N(c.DependentRounds),
                c.CriticalPathRatio is { } ratio ? $"{F(ratio)} ({F(c.BaselineCriticalPathRatio ?? double.NaN)})" : "–"));
        }

        text.AppendLine();
        text.AppendLine("| scenario | critical-path probe: upstream ms | dependent rounds (minimum) | gateway p50 ms | gateway round-trips | gateway ratio | baseline p50 ms | baseline round-trips | baseline ratio |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var gateway in report.CriticalPathProbes.Where(p => p.Target == ScenarioRunner.GatewayTarget))
        {
            var direct = report.CriticalPathProbes.First(p => p.Target == ScenarioRunner.BaselineTarget && p.Scenario == gateway.Scenario);
            text.AppendLine(Row(gateway.Scenario, N(gateway.UpstreamLatencyMs), N(gateway.DependentRounds), F(gateway.P50Ms, 0), F(gateway.RoundTripsMeasured),
                F(gateway.Ratio), F(direct.P50Ms, 0), F(direct.RoundTripsMeasured), F(direct.Ratio)));
        }

        text.AppendLine();
        text.AppendLine(EntitiesAgainstFilter(report));
        text.AppendLine();
        text.AppendLine(Snapshots(report));
        text.AppendLine();
        text.AppendLine(Growth(report));
        text.AppendLine();
        text.AppendLine("Gateway peak RSS (VmHWM over the process's life): " +
            string.Join(", ", report.GatewayPeakRssMb.Select(p => $"{F(p.Value, 0)} MB with {N(p.Key)} people")));
        return text.ToString();
    }

    /// <summary>What an entity batch through <c>_entities</c> adds over the same people through <c>people(where: { email: { in } })</c>.</summary>
    private static string EntitiesAgainstFilter(BenchReport report)
    {
        var gateway = report.Runs.Where(r => r.Target == ScenarioRunner.GatewayTarget).ToList();
        var lines = new List<string>();
        foreach (var entities in gateway.Where(r => r.Scenario == Scenarios.ScenarioCatalog.EntitiesByEmail))
        {
            var filter = gateway.FirstOrDefault(r => r.Scenario == Scenarios.ScenarioCatalog.PeopleEmailIn && r.People == entities.People && r.UpstreamLatencyMs == entities.UpstreamLatencyMs);
            if (filter is null) continue;
            lines.Add($"at {entities.UpstreamLatencyMs} ms upstream latency, calls/req {F(entities.UpstreamCallsPerRequest)} against {F(filter.UpstreamCallsPerRequest)}, " +
                $"added p50 {F(entities.P50Ms - filter.P50Ms)} ms, added p50 one at a time {F(entities.SequentialP50Ms - filter.SequentialP50Ms)} ms, " +
                $"throughput ×{F(entities.RequestsPerSecond / filter.RequestsPerSecond)}");
        }

        return lines.Count == 0
            ? "Entity batch: not run."
            : $"Entity batch ({Scenarios.BenchTargets.BatchSize} Person representations by email through _entities, against the same people through people(where: {{ email: {{ in }} }})): " +
              string.Join("; ", lines) + ".";
    }

    /// <summary>The directory page at the default MaxAge against MaxAge 0 (the gateway runs of the same invocation).</summary>
    private static string Snapshots(BenchReport report)
    {
        var lines = new List<string>();
        foreach (var snapshot in report.Runs.Where(r => r.Scenario == Scenarios.ScenarioCatalog.DirectoryPage
                     && r.Target is Gateway.Bench.Snapshots.SnapshotRuns.OneInstanceTarget or Gateway.Bench.Snapshots.SnapshotRuns.ThreeInstancesTarget))
        {
            var everyRequest = report.Runs.FirstOrDefault(r => r.Scenario == snapshot.Scenario && r.Target == ScenarioRunner.GatewayTarget
                && r.People == snapshot.People && r.UpstreamLatencyMs == snapshot.UpstreamLatencyMs);
            if (everyRequest is null) continue;
            lines.Add($"{snapshot.Target} at {snapshot.UpstreamLatencyMs} ms: throughput ×{F(snapshot.RequestsPerSecond / everyRequest.RequestsPerSecond, 1)} " +
                $"(target ≥ ×5), upstream calls/req {snapshot.UpstreamCallsPerRequest.ToString("F4", CultureInfo.InvariantCulture)} (target ≤ 0.01) against {F(everyRequest.UpstreamCallsPerRequest)}, " +
                $"p50 one at a time {F(snapshot.SequentialP50Ms)} against {F(everyRequest.SequentialP50Ms)} ms");
        }

        return lines.Count == 0
            ? "Snapshots: not run."
            : "Directory page with snapshots at the default MaxAge, against every list read per request (MaxAge 0): " + string.Join("; ", lines) + ".";
    }

    /// <summary>How the directory page's cost grows with the data set; linear growth is the data-size ratio.</summary>
    private static string Growth(BenchReport report)
    {
        var directory = report.Runs.Where(r => r.Scenario == Scenarios.ScenarioCatalog.DirectoryPage && r.Target == ScenarioRunner.GatewayTarget).ToList();
        var sizes = directory.Select(r => r.People).Distinct().Order().ToList();
        if (sizes.Count < 2) return "Directory page growth: only one data size was run.";
        var lines = new List<string>();
        foreach (var latency in directory.Select(r => r.UpstreamLatencyMs).Distinct())
        {
            var small = directory.First(r => r.People == sizes[0] && r.UpstreamLatencyMs == latency);
            var large = directory.First(r => r.People == sizes[^1] && r.UpstreamLatencyMs == latency);
            lines.Add($"at {latency} ms upstream latency, gateway CPU per request ×{F((large.GatewayCpuSecondsPer1000 ?? double.NaN) / (small.GatewayCpuSecondsPer1000 ?? double.NaN), 1)}, " +
                $"p50 ×{F(large.P50Ms / small.P50Ms, 1)}, throughput ×{F(large.RequestsPerSecond / small.RequestsPerSecond, 2)}");
        }

        return $"Directory page growth from {N(sizes[0])} to {N(sizes[^1])} people (linear = ×{F(sizes[^1] / (double)sizes[0], 0)}): " + string.Join("; ", lines) + ".";
    }

    private static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value, int digits = 2) => double.IsNaN(value) ? "n/a" : value.ToString("F" + digits, CultureInfo.InvariantCulture);
}
