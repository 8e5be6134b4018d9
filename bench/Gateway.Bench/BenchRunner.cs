using Gateway.Bench.Baseline;
using Gateway.Bench.Hosting;
using Gateway.Bench.Reporting;
using Gateway.Bench.Scenarios;

namespace Gateway.Bench;

/// <summary>
/// The whole benchmark: every scenario on the normal data set, then the directory page on the large one, each at
/// every upstream latency, against the gateway (every list read per request: MaxAge 0) and the direct baseline, one
/// emulator and one gateway process per data set; then the snapshot runs at the default MaxAge.
/// </summary>
public sealed class BenchRunner(BuiltOutputs outputs, BenchSettings settings, TextWriter log)
{
    public async Task<BenchReport> RunAsync(CancellationToken ct)
    {
        var report = new BenchReport(settings, MachineInfo.Current());
        await RunDataSetAsync(report, settings.People, _ => true, ct);
        if (settings.LargePeople is { } large)
            await RunDataSetAsync(report, large, s => s.Name == ScenarioCatalog.DirectoryPage, ct);
        await new Snapshots.SnapshotRuns(outputs, settings, log).RunAsync(report, ct);
        return report;
    }

    private async Task RunDataSetAsync(BenchReport report, int people, Func<Scenario, bool> include, CancellationToken ct)
    {
        log.WriteLine($"Starting emulators ({people:N0} people) and gateway ({outputs.Configuration}) on loopback...");
        // Every list read per request, as before snapshots: the gateway's own cost and calls per screen. SnapshotRuns
        // measures the shipped freshness next to it.
        using var stack = await BenchStack.StartAsync(outputs, people, ct, ["--Upstreams:Freshness:MaxAge=00:00:00"]);
        using var direct = new DirectClient(stack);
        using var gatewayHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        log.WriteLine($"  emulators pid {stack.Emulators.Id} at {stack.Emulators.BaseAddress}, gateway pid {stack.Gateway.Id} at {stack.Gateway.BaseAddress}");

        var targets = await BenchTargets.ReadAsync(gatewayHttp, stack.GraphQLEndpoint, direct, ct);
        var runner = new ScenarioRunner(stack, gatewayHttp, new BaselineScenarios(direct), settings);
        var scenarios = ScenarioCatalog.All(targets).Where(include).ToList();
        await runner.WarmUpStackAsync(scenarios, ct);
        foreach (var latency in settings.LatenciesMs)
        {
            foreach (var scenario in scenarios)
            {
                report.Define(scenario);
                foreach (var target in new[] { ScenarioRunner.GatewayTarget, ScenarioRunner.BaselineTarget })
                {
                    var run = await runner.RunAsync(scenario, target, latency, ct);
                    report.Add(run);
                    log.WriteLine($"  {run.Scenario,-16} {run.People,6} people {run.UpstreamLatencyMs,3} ms {run.Target,-8} " +
                        $"{run.RequestsPerSecond,8:F1} req/s  p50 {run.P50Ms,8:F2}  p95 {run.P95Ms,8:F2}  p99 {run.P99Ms,8:F2} ms  " +
                        $"errors {run.Errors}  calls/req {run.UpstreamCallsPerRequest}");
                }
            }
        }

        if (people == settings.People && settings.ProbeRequests > 0)
        {
            foreach (var scenario in scenarios)
            {
                foreach (var target in new[] { ScenarioRunner.GatewayTarget, ScenarioRunner.BaselineTarget })
                {
                    var probe = await runner.ProbeCriticalPathAsync(scenario, target, settings.ProbeLatencyMs, settings.ProbeRequests, ct);
                    report.Add(probe);
                    log.WriteLine($"  {probe.Scenario,-16} critical path at {probe.UpstreamLatencyMs} ms: {probe.Target,-8} p50 {probe.P50Ms,7:F0} ms = {probe.RoundTripsMeasured:F2} round-trips (minimum {probe.DependentRounds})");
                }
            }
        }

        report.AddPeakRss(people, stack.Gateway.PeakResidentBytes());
    }
}
