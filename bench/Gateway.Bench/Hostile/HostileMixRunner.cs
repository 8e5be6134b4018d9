using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Bench.Hosting;
using Gateway.Bench.Load;
using Gateway.Emulators;
using Gateway.Emulators.Faults;

namespace Gateway.Bench.Hostile;

/// <summary>
/// Issue 21's "hostile mix": legitimate directory traffic measured alone, then next to the item-1 documents, then
/// next to those documents and a hung upstream, all in one invocation on one stack. Then a surge of 512 connections
/// on a fresh gateway, with and without load shedding, for latency, health probes and peak memory.
/// </summary>
/// <remarks><paramref name="only"/> keeps the runs whose name starts with it, e.g. <c>surge</c>.</remarks>
public sealed class HostileMixRunner(BuiltOutputs outputs, BenchSettings settings, TextWriter log, string? only = null)
{
    private const int People = 1_000;
    private const int HostileConnections = 4;
    private const int SurgeConnections = 512;

    // A 50-person directory page with teams and projects, lighter than the main benchmark's 100-person page.
    private const string DirectoryQuery =
        "{ people(first: 50) { totalCount nodes { id email displayName title teams { id name } projectMemberships { role project { id name } } } } }";

    private TimeSpan Duration => settings.Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<HostileRun>> RunAsync(CancellationToken ct)
    {
        List<HostileRun> runs = [];
        if (Includes("healthy"))
            await MixAsync(runs, ct);
        if (Includes("surge"))
        {
            runs.Add(await SurgeAsync("surge, 512 connections, shedding on", [], ct));
            runs.Add(await SurgeAsync("surge, 512 connections, shedding off", ["--GraphQL:Concurrency:MaxConcurrentRequests=100000"], ct));
        }

        return runs;
    }

    private bool Includes(string run) => only is null || run.StartsWith(only, StringComparison.OrdinalIgnoreCase);

    private async Task MixAsync(List<HostileRun> runs, CancellationToken ct)
    {
        using (var stack = await StartAsync([], ct))
        using (var http = NewClient())
        {
            var legit = Post(http, stack.GraphQLEndpoint, DirectoryQuery, requireNoErrors: false);
            await LoadRunner.RunAsync(legit, settings.Concurrency, settings.Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5), ct);

            runs.Add(await MeasureAsync("healthy", stack, legit, hostile: null, ct));
            var documents = HostileDocumentsRequest(http, stack.GraphQLEndpoint);
            runs.Add(await MeasureAsync("item-1 documents", stack, legit, documents, ct));
            await stack.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { Hang = true }, ct);
            runs.Add(await MeasureAsync("documents + Zoho hung", stack, legit, documents, ct));
            await stack.Control.ResetAsync(ct: ct);
        }
    }

    private async Task<HostileRun> MeasureAsync(string name, BenchStack stack, Func<CancellationToken, Task<bool>> legit, Func<CancellationToken, Task<bool>>? hostile, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var attackers = hostile is null ? Task.FromResult<LoadResult?>(null)
            : LoadRunner.RunAsync(hostile, HostileConnections, Duration, stop.Token).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);
        var load = await LoadRunner.RunAsync(legit, settings.Concurrency, Duration, ct);
        var attacks = await attackers;
        var run = new HostileRun(name, settings.Concurrency, load.Requests, load.Errors, Math.Round(load.RequestsPerSecond, 1), Math.Round(load.P50, 1), Math.Round(load.P99, 1),
            attacks?.Requests ?? 0, null, null, null, Math.Round(stack.Gateway.PeakResidentBytes() / 1048576.0, 1), null);
        log.WriteLine(run.Describe());
        return run;
    }

    private async Task<HostileRun> SurgeAsync(string name, string[] gatewaySettings, CancellationToken ct)
    {
        using var stack = await StartAsync(gatewaySettings, ct);
        using var http = NewClient();
        using var probeHttp = NewClient();
        var refused = new StrongBox<int>();
        var legit = Post(http, stack.GraphQLEndpoint, DirectoryQuery, requireNoErrors: true, refused);
        await LoadRunner.RunAsync(legit, settings.Concurrency, TimeSpan.FromSeconds(1), ct);
        refused.Value = 0;

        using var stop = new CancellationTokenSource();
        var probes = ProbeHealthAsync(probeHttp, new Uri(stack.Gateway.BaseAddress, "health/live"), stop.Token);
        var load = await LoadRunner.RunAsync(legit, SurgeConnections, Duration, ct);
        await stop.CancelAsync();
        var (slowestProbeMs, failedProbes) = await probes;
        await Task.Delay(TimeSpan.FromSeconds(settings.Quick ? 1 : 5), ct);
        var run = new HostileRun(name, SurgeConnections, load.Requests, load.Errors, Math.Round(load.RequestsPerSecond, 1), Math.Round(load.P50, 1), Math.Round(load.P99, 1),
            0, Math.Round(slowestProbeMs, 1), failedProbes, refused.Value, Math.Round(stack.Gateway.PeakResidentBytes() / 1048576.0, 1), Math.Round(stack.Gateway.ResidentBytes() / 1048576.0, 1));
        log.WriteLine(run.Describe());
        return run;
    }

    private Task<BenchStack> StartAsync(string[] gatewaySettings, CancellationToken ct)
    {
        log.WriteLine($"Starting emulators ({People:N0} people) and gateway ({outputs.Configuration}) {string.Join(' ', gatewaySettings)}...");
        return BenchStack.StartAsync(outputs, People, ct, gatewaySettings);
    }

    // A probe every 100 ms with a 2 s budget, as an orchestrator's liveness check would be configured.
    private static async Task<(double SlowestMs, int Failed)> ProbeHealthAsync(HttpClient http, Uri live, CancellationToken stop)
    {
        double slowest = 0;
        var failed = 0;
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                using var response = await http.GetAsync(live, timeout.Token);
                if (!response.IsSuccessStatusCode) failed++;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failed++;
            }

            slowest = Math.Max(slowest, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return (slowest, failed);
    }

    private static HttpClient NewClient() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(60) };

    // Hostile documents rotate; any answer counts, what is measured is what they cost everyone else.
    private static Func<CancellationToken, Task<bool>> HostileDocumentsRequest(HttpClient http, Uri endpoint)
    {
        var bodies = HostileDocuments.All.Select(d => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = d }))).ToArray();
        var next = 0;
        return async ct =>
        {
            using var content = new ByteArrayContent(bodies[Interlocked.Increment(ref next) % bodies.Length]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(endpoint, content, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            return true;
        };
    }

    /// <summary>
    /// A legitimate request. With a hung upstream a partial answer (data and an upstream error) is the gateway doing
    /// its job, so only a missing <c>data</c> or an HTTP error fails unless <paramref name="requireNoErrors"/>. A 503 is
    /// followed by the wait its <c>Retry-After</c> asks for.
    /// </summary>
    private static Func<CancellationToken, Task<bool>> Post(HttpClient http, Uri endpoint, string query, bool requireNoErrors, StrongBox<int>? refused = null)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }));
        return async ct =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(endpoint, content, ct);
            var answer = await response.Content.ReadAsByteArrayAsync(ct);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && refused is not null)
                Interlocked.Increment(ref refused.Value);
            if (response.Headers.RetryAfter?.Delta is { } wait)
            {
                // A client that honours Retry-After; the wait counts in this request's latency.
                await Task.Delay(wait, ct);
            }

            if (!response.IsSuccessStatusCode) return false;
            using var json = JsonDocument.Parse(answer);
            var hasData = json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object;
            return hasData && (!requireNoErrors || !json.RootElement.TryGetProperty("errors", out _));
        };
    }
}

/// <summary>One run of the hostile mix: legitimate traffic's throughput and latency, and what it ran next to.</summary>
public sealed record HostileRun(
    string Name, int Connections, int Requests, int Failed, double RequestsPerSecond, double P50Ms, double P99Ms,
    int HostileRequests, double? SlowestHealthProbeMs, int? FailedHealthProbes, int? Refused503, double GatewayPeakRssMb, double? GatewayRssAfterMb)
{
    public string Describe() =>
        $"  {Name,-38} {RequestsPerSecond,7:F1} req/s  p50 {P50Ms,8:F1}  p99 {P99Ms,8:F1} ms  failed {Failed}/{Requests}" +
        (Refused503 is { } refused ? $" ({refused} refused 503)" : "") +
        (HostileRequests > 0 ? $"  hostile {HostileRequests}" : "") +
        (SlowestHealthProbeMs is { } probe ? $"  health slowest {probe:F0} ms, failed {FailedHealthProbes}" : "") +
        $"  RSS peak {GatewayPeakRssMb:F0} MB" + (GatewayRssAfterMb is { } after ? $", after {after:F0} MB" : "");
}
