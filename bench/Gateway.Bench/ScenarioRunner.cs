using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.Bench.Baseline;
using Gateway.Bench.Hosting;
using Gateway.Bench.Load;
using Gateway.Bench.Reporting;
using Gateway.Bench.Scenarios;

namespace Gateway.Bench;

/// <summary>Runs one scenario against one target: warm up, reset the counters, measure, read the counters.</summary>
public sealed class ScenarioRunner(BenchStack stack, HttpClient gatewayHttp, BaselineScenarios baseline, BenchSettings settings)
{
    public const string GatewayTarget = "gateway";
    public const string BaselineTarget = "baseline";

    private Func<CancellationToken, Task<bool>> RequestFor(Scenario scenario, string target) => target == GatewayTarget
        ? GatewayRequest(scenario)
        : token => scenario.Baseline(baseline, token);

    /// <summary>
    /// Once per fresh stack, before anything is measured: every scenario against both targets. Without it the first
    /// scenario's gateway run paid the new processes' JIT (the emulators' included) and its baseline run, which
    /// comes second, found them warm.
    /// </summary>
    public async Task WarmUpStackAsync(IEnumerable<Scenario> scenarios, CancellationToken ct)
    {
        if (settings.Warmup <= TimeSpan.Zero) return;
        await stack.ResetAsync(0, ct);
        foreach (var scenario in scenarios)
        {
            foreach (var target in new[] { GatewayTarget, BaselineTarget })
                await LoadRunner.RunAsync(RequestFor(scenario, target), settings.Concurrency, settings.Warmup, ct);
        }
    }

    public async Task<RunRecord> RunAsync(Scenario scenario, string target, int latencyMs, CancellationToken ct)
    {
        var request = RequestFor(scenario, target);

        await stack.ResetAsync(latencyMs, ct);
        if (!await request(ct)) throw new InvalidOperationException($"{scenario.Name} against the {target} failed before the run: {await DescribeAsync(scenario, ct)}");
        if (settings.Warmup > TimeSpan.Zero) await LoadRunner.RunAsync(request, settings.Concurrency, settings.Warmup, ct);
        await stack.ResetAsync(latencyMs, ct);

        var gatewayCpu = stack.GatewayCpuTime();
        var emulatorCpu = stack.Emulators.CpuTime();
        var benchCpu = Environment.CpuUsage.TotalTime;
        using var sampling = new CancellationTokenSource();
        var rssPeak = SampleRssAsync(stack.Gateway, sampling.Token);
        var load = await LoadRunner.RunAsync(request, settings.Concurrency, settings.Duration, ct);
        await sampling.CancelAsync();
        var peakBytes = await rssPeak;
        var gatewayCpuUsed = stack.GatewayCpuTime() - gatewayCpu;
        var emulatorCpuUsed = stack.Emulators.CpuTime() - emulatorCpu;
        var benchCpuUsed = Environment.CpuUsage.TotalTime - benchCpu;
        var stats = await stack.Control.GetStatsAsync(ct);
        // One request at a time: the latency floor without queueing, for the added-latency and critical-path checks.
        var sequential = await LoadRunner.RunAsync(request, 1, settings.SequentialDuration, ct);

        double PerRequest(double value) => load.Requests == 0 ? double.NaN : value / load.Requests;
        double Per1000(TimeSpan cpu) => PerRequest(cpu.TotalSeconds * 1000);
        return new RunRecord
        {
            Scenario = scenario.Name,
            Target = target,
            People = stack.People,
            UpstreamLatencyMs = latencyMs,
            Concurrency = settings.Concurrency,
            DurationSeconds = Math.Round(load.Elapsed.TotalSeconds, 2),
            Requests = load.Requests,
            Errors = load.Errors,
            RequestsPerSecond = Math.Round(load.RequestsPerSecond, 1),
            P50Ms = Math.Round(load.P50, 2),
            P95Ms = Math.Round(load.P95, 2),
            P99Ms = Math.Round(load.P99, 2),
            MeanMs = Math.Round(load.Mean, 2),
            SequentialP50Ms = Math.Round(sequential.P50, 2),
            // Four places: with snapshots a run makes a handful of calls over thousands of requests.
            UpstreamCallsPerRequest = Math.Round(PerRequest(stats.Total), 4),
            UpstreamCallsPerRequestByOperation = stats.Calls.ToDictionary(c => $"{c.Upstream} {c.Operation}", c => Math.Round(PerRequest(c.Count), 4)),
            GatewayCpuSecondsPer1000 = target == GatewayTarget ? Math.Round(Per1000(gatewayCpuUsed), 3) : null,
            EmulatorCpuSecondsPer1000 = Math.Round(Per1000(emulatorCpuUsed), 3),
            BenchCpuSecondsPer1000 = Math.Round(Per1000(benchCpuUsed), 3),
            GatewayRssPeakMb = Math.Round(peakBytes / 1024.0 / 1024, 1),
        };
    }

    /// <summary>
    /// Median of a few one-at-a-time requests at a high upstream latency, where CPU time is small next to the
    /// round-trips, so the result shows how many dependent upstream round-trips the target really makes.
    /// </summary>
    public async Task<CriticalPathProbe> ProbeCriticalPathAsync(Scenario scenario, string target, int latencyMs, int requests, CancellationToken ct)
    {
        Func<CancellationToken, Task<bool>> request = target == GatewayTarget ? GatewayRequest(scenario) : token => scenario.Baseline(baseline, token);
        await stack.ResetAsync(latencyMs, ct);
        var latencies = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (!await request(ct)) throw new InvalidOperationException($"{scenario.Name} against the {target} failed in the critical-path probe.");
            latencies.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var p50 = latencies.Order().ElementAt(requests / 2);
        return new CriticalPathProbe(scenario.Name, target, latencyMs, Math.Round(p50, 1), scenario.DependentRounds,
            Math.Round(p50 / (latencyMs * (double)scenario.DependentRounds), 2), Math.Round(p50 / latencyMs, 2));
    }

    private Func<CancellationToken, Task<bool>> GatewayRequest(Scenario scenario)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(scenario.RequestBody));
        // Round robin over the instances, as a load balancer would; one instance is the usual case.
        var endpoints = stack.GraphQLEndpoints;
        var next = 0;
        return async ct =>
        {
            var endpoint = endpoints[(Interlocked.Increment(ref next) & int.MaxValue) % endpoints.Count];
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await gatewayHttp.PostAsync(endpoint, content, ct);
            var answer = await response.Content.ReadAsByteArrayAsync(ct);
            if (!response.IsSuccessStatusCode) return false;
            // A request error or a field error is a failed request; a mutation payload's "errors": null is not.
            using var json = JsonDocument.Parse(answer);
            return !json.RootElement.TryGetProperty("errors", out _);
        };
    }

    private async Task<string> DescribeAsync(Scenario scenario, CancellationToken ct)
    {
        using var response = await gatewayHttp.PostAsync(stack.GraphQLEndpoint,
            JsonContent.Create(scenario.RequestBody), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return $"HTTP {(int)response.StatusCode} {body[..Math.Min(body.Length, 2000)]}";
    }

    private static async Task<long> SampleRssAsync(ChildProcess process, CancellationToken ct)
    {
        long peak = process.ResidentBytes();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(100, ct);
                peak = Math.Max(peak, process.ResidentBytes());
            }
        }
        catch (OperationCanceledException)
        {
        }

        return Math.Max(peak, process.ResidentBytes());
    }
}
