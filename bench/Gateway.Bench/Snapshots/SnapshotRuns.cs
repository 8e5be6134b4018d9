using Gateway.Bench.Baseline;
using Gateway.Bench.Hosting;
using Gateway.Bench.Reporting;
using Gateway.Bench.Scenarios;

namespace Gateway.Bench.Snapshots;

/// <summary>
/// The snapshot store at the shipped freshness (<c>Upstreams:Freshness:MaxAge</c> left at its default), next to the
/// main runs, which pin MaxAge to 0 (a read of every list per request): one gateway with memory only, then three
/// gateways sharing a real redis-server and one emulator process, requests spread round robin. Gateway targets only:
/// the baseline has no snapshots to compare with.
/// </summary>
public sealed class SnapshotRuns(BuiltOutputs outputs, BenchSettings settings, TextWriter log)
{
    /// <summary>One gateway, memory only, default MaxAge.</summary>
    public const string OneInstanceTarget = "gateway, default MaxAge";

    /// <summary>Three gateways and Redis, default MaxAge.</summary>
    public const string ThreeInstancesTarget = "3 gateways + Redis, default MaxAge";

    private static readonly string[] OneInstanceScenarios = [ScenarioCatalog.DirectoryPage, ScenarioCatalog.PersonByEmail, ScenarioCatalog.MutationRoundTrip];
    private static readonly string[] ThreeInstanceScenarios = [ScenarioCatalog.DirectoryPage, ScenarioCatalog.MutationRoundTrip];

    public async Task RunAsync(BenchReport report, CancellationToken ct)
    {
        log.WriteLine($"Snapshots: one gateway at the default MaxAge ({settings.People:N0} people)...");
        using (var stack = await BenchStack.StartAsync(outputs, settings.People, ct))
        {
            await RunStackAsync(report, stack, OneInstanceTarget, OneInstanceScenarios, ct);
        }

        log.WriteLine("Snapshots: three gateways sharing redis-server at the default MaxAge...");
        using var redis = await RedisProcess.StartAsync(ct);
        using (var stack = await BenchStack.StartAsync(outputs, settings.People, ct, [$"--Cache:Redis={redis.Connection}"], gatewayCount: 3))
        {
            await RunStackAsync(report, stack, ThreeInstancesTarget, ThreeInstanceScenarios, ct);
        }
    }

    private async Task RunStackAsync(BenchReport report, BenchStack stack, string target, string[] names, CancellationToken ct)
    {
        using var direct = new DirectClient(stack);
        using var gatewayHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        var targets = await BenchTargets.ReadAsync(gatewayHttp, stack.GraphQLEndpoint, direct, ct);
        var runner = new ScenarioRunner(stack, gatewayHttp, new BaselineScenarios(direct), settings);
        var scenarios = ScenarioCatalog.All(targets).Where(s => names.Contains(s.Name)).ToList();
        // A fresh stack (three fresh gateways) would otherwise pay its JIT in the first measured runs, the 0 ms ones.
        await runner.WarmUpStackAsync(scenarios, ct);
        foreach (var latency in settings.LatenciesMs)
        {
            foreach (var scenario in scenarios)
            {
                report.Define(scenario);
                var run = await runner.RunAsync(scenario, ScenarioRunner.GatewayTarget, latency, ct) with { Target = target };
                report.Add(run);
                log.WriteLine($"  {run.Scenario,-16} {run.People,6} people {run.UpstreamLatencyMs,3} ms {run.Target,-34} " +
                    $"{run.RequestsPerSecond,8:F1} req/s  p50 {run.P50Ms,8:F2}  p50 one at a time {run.SequentialP50Ms,8:F2} ms  " +
                    $"errors {run.Errors}  calls/req {run.UpstreamCallsPerRequest:F4}");
            }
        }
    }
}
