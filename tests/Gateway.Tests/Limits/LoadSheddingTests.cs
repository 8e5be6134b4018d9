using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Emulators.Faults;
using Gateway.Testing;

namespace Gateway.Tests.Limits;

/// <summary>
/// Issue 21 item 4: past the concurrency limit and its queue a GraphQL request is answered 503 with Retry-After at
/// once, and health probes are answered while every slot is taken.
/// </summary>
public sealed class LoadSheddingTests(LoadSheddingTests.OneSlotFixture gateway) : IClassFixture<LoadSheddingTests.OneSlotFixture>, IAsyncLifetime
{
    private const string SlowQuery = "{ people(first: 1) { nodes { email } } }";

    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => gateway.Control.ResetAsync();

    [Fact]
    public async Task OneRunningOneQueued_ThirdRefused503WithRetryAfterAndHealthStillAnswers()
    {
        foreach (var upstream in new[] { "worksection", "zoho", "peoplev3" })
            await gateway.Control.SetFaultAsync(upstream, new FaultSettings { LatencyMs = 700 });

        var running = PostAsync(SlowQuery);
        await WaitForFirstUpstreamCallAsync();
        var second = PostAsync(SlowQuery);
        var third = PostAsync(SlowQuery);
        using var live = await gateway.Client.GetAsync("/health/live");
        var refused = await Task.WhenAny(second, third);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var (status, headers, body) = await refused;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("1", headers.RetryAfter?.ToString());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("GATEWAY_BUSY", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32());
        // The first keeps its slot and the one that found room in the queue runs after it.
        Assert.Equal(HttpStatusCode.OK, (await running).Status);
        var other = refused == second ? third : second;
        Assert.Equal(HttpStatusCode.OK, (await other).Status);
    }

    private async Task WaitForFirstUpstreamCallAsync()
    {
        for (var attempt = 0; attempt < 200 && (await gateway.Control.GetStatsAsync()).Total == 0; attempt++)
            await Task.Delay(10);
    }

    private async Task<(HttpStatusCode Status, System.Net.Http.Headers.HttpResponseHeaders Headers, JsonElement Body)> PostAsync(string query)
    {
        using var response = await gateway.Client.PostAsJsonAsync("/graphql", new { query });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Headers, body);
    }

    /// <summary>One GraphQL request at a time and one waiting.</summary>
    public sealed class OneSlotFixture : GatewayFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["GraphQL:Concurrency:MaxConcurrentRequests"] = "1",
            ["GraphQL:Concurrency:QueueLimit"] = "1",
        };
    }
}
