using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Bench.Hosting;
using Gateway.Bench.Load;

namespace Gateway.Bench.ChangeFeed;

/// <summary>
/// The change feed (issue 17): time from a change to its delivery over SSE, for a change made in People v3's own API
/// (seen by the next poll) and for one written through the gateway (refreshed at once); then many concurrent SSE
/// subscribers on one instance, the gateway's RSS with them connected, and how long one event takes to reach them all.
/// </summary>
public sealed class ChangeFeedRunner(BuiltOutputs outputs, BenchSettings settings, TextWriter log)
{
    private const int People = 1_000;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private const string Subscription = "subscription { personChanged(where: { kind: { eq: PERSON_UPDATED } }) { kind person { email title } } }";

    private int Changes => settings.Quick ? 5 : 40;

    private int Subscribers => 1_000;

    private int FanOutRounds => settings.Quick ? 2 : 10;

    public async Task<string> RunAsync(CancellationToken ct)
    {
        using var stack = await BenchStack.StartAsync(outputs, People, ct,
        [
            "--ChangeFeed:Enabled=true",
            $"--ChangeFeed:PollInterval={PollInterval:c}",
            // A poll reads the lists through the snapshots: at the default MaxAge (30 s) it may see a list up to 30 s
            // old, so a change would take up to MaxAge + PollInterval. Measured here: the feed's own path.
            $"--Upstreams:Freshness:MaxAge={PollInterval:c}",
            $"--ChangeFeed:MaxSubscriptionsPerInstance={Subscribers + 100}",
        ]);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var peopleV3 = new HttpClient { BaseAddress = stack.PeopleV3BaseUrl };
        peopleV3.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BenchStack.PeopleV3AccessToken);
        var targets = await V3PeopleAsync(peopleV3, ct);
        await WaitForFeedAsync(http, stack, targets[0], peopleV3, ct);

        var upstream = await LatencyAsync("upstream change (People v3 API) → SSE", http, stack, ct,
            (title, i) => PutTitleAsync(peopleV3, targets[i % targets.Count], title, ct));
        var written = await LatencyAsync("write through the gateway → SSE", http, stack, ct,
            (title, i) => UpdateThroughGatewayAsync(http, stack, targets[i % targets.Count], title, ct));
        var fanOut = await FanOutAsync(http, stack, targets, ct);

        return string.Join(Environment.NewLine,
            $"Change feed, {People} people, PollInterval and snapshot MaxAge {PollInterval.TotalSeconds:0} s, one gateway instance, in-memory log{(settings.Quick ? ", quick" : "")}:",
            "",
            "| measurement | n | p50 ms | p99 ms | max ms |",
            "|---|---|---|---|---|",
            Row(upstream.Name, upstream.Result),
            Row(written.Name, written.Result),
            Row($"write through the gateway → the last of {Subscribers} SSE subscribers", fanOut.Last),
            Row($"write through the gateway → each of {Subscribers} SSE subscribers", fanOut.Each),
            "",
            $"Gateway RSS before the subscribers connected: {Mb(fanOut.RssBefore)} MB; with {Subscribers} SSE subscriptions open: {Mb(fanOut.RssConnected)} MB; peak (VmHWM) over the whole run: {Mb(stack.Gateway.PeakResidentBytes())} MB.");
    }

    private async Task<(string Name, LoadResult Result)> LatencyAsync(
        string name, HttpClient http, BenchStack stack, CancellationToken ct, Func<string, int, Task> change)
    {
        var arrivals = new ConcurrentDictionary<string, long>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var listener = new SseListener(http, stack.GraphQLEndpoint, Subscription, (data, at) =>
        {
            if (TitleOf(data) is { } title) arrivals.TryAdd(title, at);
        });
        var reading = await listener.StartAsync(stop.Token);
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Changes; i++)
        {
            var title = $"bench {Guid.NewGuid():N}";
            var started = Stopwatch.GetTimestamp();
            await change(title, i);
            var arrived = await WaitForAsync(() => arrivals.TryGetValue(title, out var at) ? at : null, ct);
            latencies.Add(Stopwatch.GetElapsedTime(started, arrived).TotalMilliseconds);
            log.WriteLine($"  {name}: {latencies[^1]:0} ms");
        }
        await stop.CancelAsync();
        await reading;
        return (name, new LoadResult(latencies.Count, 0, clock.Elapsed, [.. latencies.Order()]));
    }

    private async Task<(LoadResult Last, LoadResult Each, long RssBefore, long RssConnected)> FanOutAsync(
        HttpClient http, BenchStack stack, IReadOnlyList<(long Id, string Email)> targets, CancellationToken ct)
    {
        var arrivals = new ConcurrentDictionary<string, ConcurrentBag<long>>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var rssBefore = stack.Gateway.ResidentBytes();
        var readers = new List<Task>(Subscribers);
        for (var i = 0; i < Subscribers; i++)
        {
            var listener = new SseListener(http, stack.GraphQLEndpoint, Subscription, (data, at) =>
            {
                if (TitleOf(data) is { } title) arrivals.GetOrAdd(title, _ => []).Add(at);
            });
            readers.Add(await listener.StartAsync(stop.Token));
        }
        log.WriteLine($"  {Subscribers} SSE subscribers connected");
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        var rss = stack.Gateway.ResidentBytes();

        var last = new List<double>();
        var each = new List<double>();
        for (var round = 0; round < FanOutRounds; round++)
        {
            var title = $"fan-out {Guid.NewGuid():N}";
            var started = Stopwatch.GetTimestamp();
            await UpdateThroughGatewayAsync(http, stack, targets[round % targets.Count], title, ct);
            await WaitForAsync(() => arrivals.TryGetValue(title, out var bag) && bag.Count >= Subscribers ? 0L : null, ct);
            var times = arrivals[title].Select(at => Stopwatch.GetElapsedTime(started, at).TotalMilliseconds).ToList();
            each.AddRange(times);
            last.Add(times.Max());
            log.WriteLine($"  one event to {Subscribers} subscribers: first {times.Min():0} ms, last {times.Max():0} ms");
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        return (new LoadResult(last.Count, 0, TimeSpan.Zero, [.. last.Order()]), new LoadResult(each.Count, 0, TimeSpan.Zero, [.. each.Order()]), rssBefore, rss);
    }

    private static async Task<long> WaitForAsync(Func<long?> arrived, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (arrived() is { } at) return at;
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                throw new TimeoutException("An event did not arrive within 60 s.");
            await Task.Delay(2, ct);
        }
    }

    // Until the feed has its baseline, a change is not an event: write until one arrives.
    private async Task WaitForFeedAsync(HttpClient http, BenchStack stack, (long Id, string Email) target, HttpClient peopleV3, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await PutTitleAsync(peopleV3, target, $"warm-up {Guid.NewGuid():N}", ct);
            await Task.Delay(PollInterval * 2, ct);
            var changes = await PostAsync(http, stack, "{ changes(first: 1) { nodes { kind } } }", null, ct);
            if (changes.GetProperty("data").GetProperty("changes").GetProperty("nodes").GetArrayLength() > 0) return;
        }
        throw new TimeoutException("The change feed produced no event within 60 s.");
    }

    private static async Task<IReadOnlyList<(long Id, string Email)>> V3PeopleAsync(HttpClient peopleV3, CancellationToken ct)
    {
        var people = await peopleV3.GetFromJsonAsync<JsonElement>("people", ct);
        // People v3 validates the email a PUT sends: the seed's stray spaces are trimmed, and an email two records share
        // (a seeded duplicate) is refused as taken, so those people are left out.
        return people.EnumerateArray()
            .Select(p => (Id: p.GetProperty("id").GetInt64(), Email: p.GetProperty("email").GetString()!.Trim()))
            .GroupBy(p => p.Email.ToLowerInvariant())
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .Take(50)
            .ToList();
    }

    private static async Task PutTitleAsync(HttpClient peopleV3, (long Id, string Email) person, string title, CancellationToken ct)
    {
        using var response = await peopleV3.PutAsJsonAsync($"people/{person.Id.ToString(CultureInfo.InvariantCulture)}", new { email = person.Email, title }, ct);
        response.EnsureSuccessStatusCode();
    }

    private static async Task UpdateThroughGatewayAsync(HttpClient http, BenchStack stack, (long Id, string Email) person, string title, CancellationToken ct)
    {
        var found = await PostAsync(http, stack, "query($e: String!) { personByEmail(email: $e) { id } }", new { e = person.Email }, ct);
        var id = found.GetProperty("data").GetProperty("personByEmail").GetProperty("id").GetString();
        var written = await PostAsync(http, stack, "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { __typename } } }",
            new { input = new { id, title } }, ct);
        if (written.TryGetProperty("errors", out _) || written.GetProperty("data").GetProperty("updatePerson").GetProperty("errors").ValueKind != JsonValueKind.Null)
            throw new InvalidOperationException($"updatePerson failed: {written}");
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, BenchStack stack, string query, object? variables, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(stack.GraphQLEndpoint, new { query, variables }, ct);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.Clone();
    }

    private static string? TitleOf(string dataLine)
    {
        using var json = JsonDocument.Parse(dataLine.AsMemory("data: ".Length));
        return json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data.GetProperty("personChanged").GetProperty("person").GetProperty("title").GetString()
            : null;
    }

    private static string Row(string name, LoadResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {result.Requests} | {result.P50:0} | {result.P99:0} | {result.SortedLatenciesMs.LastOrDefault():0} |");

    private static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("0", CultureInfo.InvariantCulture);
}
