using System.Text.Json;
using Gateway.Emulators.Faults;
using Gateway.Testing;
using StackExchange.Redis;

namespace Gateway.EndToEnd.Tests.Snapshots;

/// <summary>
/// Three gateway instances sharing one redis-server and one emulator host: upstream load no longer follows client
/// traffic, a write through one instance is seen through the others, and Redis going away fails no request.
/// </summary>
public sealed class SharedSnapshotTests(GatewayFixture gateway, RedisServer redis)
    : IClassFixture<GatewayFixture>, IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string DirectoryPage = """
        { people(first: 50) { nodes { email accounts { source } teams { name members { email } }
          projects { members { person { email } } } } } }
        """;

    public async Task InitializeAsync()
    {
        await gateway.Control.ResetAsync(data: true);
        await redis.FlushAsync();
    }

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    private Dictionary<string, string?> Shared() => GatewayInstances.SharingRedis(redis);

    [Fact]
    public async Task DirectoryPage_300RequestsOverThreeInstances_ReadEachListOnceColdStartIncluded()
    {
        await using var instances = GatewayInstances.Start(gateway, 3, Shared());
        await gateway.Control.ResetAsync();

        // Ten waves of thirty, ten per instance at once; the first wave is the cold start on all three together.
        for (var wave = 0; wave < 10; wave++)
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 30)
                .Select(i => GatewayFixture.QueryAsync(instances[i % 3], DirectoryPage)));
            Assert.All(responses, r => Assert.Equal(50, r.EnsureNoErrors().At("people.nodes").GetArrayLength()));
        }

        var stats = await gateway.Control.GetStatsAsync();
        DirectoryReads.AssertEachListReadOnce(stats, gateway.Emulators.Options.Projects);
    }

    [Fact]
    public async Task WarmDirectoryPage_OneRedisRoundTripPerRequest_TheVersionStamps()
    {
        await using var instances = GatewayInstances.Start(gateway, 1, Shared());
        (await GatewayFixture.QueryAsync(instances[0], DirectoryPage)).EnsureNoErrors();
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{redis.Connection},allowAdmin=true");
        var server = admin.GetServers()[0];
        await server.ConfigResetStatisticsAsync();

        for (var i = 0; i < 10; i++)
        {
            (await GatewayFixture.QueryAsync(instances[0], DirectoryPage)).EnsureNoErrors();
        }

        // Every list comes from memory; per request, Redis sees one MGET of the three stamps. Apart from that, only
        // FusionCache's own check of its two Clear() markers (an HMGET each, when their memory copy expires).
        var commands = await RedisCommandCounts.ReadAsync(server);
        Assert.Equal(10, commands["mget"]);
        Assert.InRange(commands.GetValueOrDefault("hmget"), 0, 2);
        Assert.Empty(commands.Keys.Except(["mget", "hmget"]));
    }

    [Fact]
    public async Task UpdatePersonThroughA_100ReadsThroughBAndC_AllSeeTheNewValue()
    {
        await using var instances = GatewayInstances.Start(gateway, 3, Shared());
        var id = await CreatePersonAsync(instances[0], "read.after.write@example.com");
        // B and C hold the person's old title in memory and in Redis.
        foreach (var reader in new[] { instances[1], instances[2] })
        {
            var before = (await GatewayFixture.QueryAsync(reader, "query($id: ID!) { person(id: $id) { title } }", new { id })).EnsureNoErrors();
            Assert.Equal(JsonValueKind.Null, before.At("person.title").ValueKind);
        }

        var updated = (await GatewayFixture.QueryAsync(instances[0], """
            mutation($id: ID!) { updatePerson(input: { id: $id, title: "Cartographer" }) { person { title } errors { __typename } } }
            """, new { id })).EnsureNoErrors();
        Assert.Equal("Cartographer", updated.At("updatePerson.person.title").GetString());

        for (var i = 0; i < 100; i++)
        {
            var read = (await GatewayFixture.QueryAsync(instances[1 + i % 2], "query($id: ID!) { person(id: $id) { title } }", new { id })).EnsureNoErrors();
            Assert.Equal("Cartographer", read.At("person.title").GetString());
        }
    }

    [Fact]
    public async Task RedisStoppedMidRun_NoRequestFails_RestartedSharingResumes()
    {
        await using var instances = GatewayInstances.Start(gateway, 3, Shared());
        var id = await CreatePersonAsync(instances[0], "outage@example.com");
        foreach (var client in instances.Clients)
        {
            (await GatewayFixture.QueryAsync(client, DirectoryPage)).EnsureNoErrors();
        }

        await redis.StopAsync();
        try
        {
            for (var i = 0; i < 30; i++)
            {
                (await GatewayFixture.QueryAsync(instances[i % 3], DirectoryPage)).EnsureNoErrors();
            }

            // A write while Redis is down still answers, and its own instance reads it back.
            var during = (await GatewayFixture.QueryAsync(instances[0], """
                mutation($id: ID!) { updatePerson(input: { id: $id, title: "During" }) { person { title } errors { __typename } } }
                """, new { id })).EnsureNoErrors();
            Assert.Equal("During", during.At("updatePerson.person.title").GetString());
            var redisCheck = await RedisCheckAsync(instances[1]);
            Assert.Equal("Degraded", redisCheck.GetProperty("status").GetString());
            Assert.DoesNotContain(redis.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), redisCheck.GetRawText());
        }
        finally
        {
            await redis.StartAsync();
        }

        await WaitUntilRedisHealthyAsync(instances);
        // FusionCache skips Redis for 2 s after its last error (its circuit breaker): sharing resumes after that.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var after = (await GatewayFixture.QueryAsync(instances[0], """
            mutation($id: ID!) { updatePerson(input: { id: $id, title: "After" }) { person { title } errors { __typename } } }
            """, new { id })).EnsureNoErrors();
        Assert.Equal("After", after.At("updatePerson.person.title").GetString());
        await gateway.Control.ResetAsync();

        foreach (var reader in new[] { instances[1], instances[2], instances[1], instances[2] })
        {
            var read = (await GatewayFixture.QueryAsync(reader, "query($id: ID!) { person(id: $id) { title } }", new { id })).EnsureNoErrors();
            Assert.Equal("After", read.At("person.title").GetString());
        }

        // The first read after the write (B) read the new People v3 list once and shared it through Redis: C and the
        // later reads got it from there. Without sharing, B and C would each have read it.
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal("peoplev3 GET /v3/people 1", string.Join("; ", stats.Calls.Select(c => $"{c.Upstream} {c.Operation} {c.Count}")));
    }

    [Fact]
    public async Task UpstreamAnswers429ToA_BAndCSendNothingUntilTheWindowEnds()
    {
        var settings = Shared();
        settings["Upstreams:Freshness:MaxAge"] = "00:00:00";
        await using var instances = GatewayInstances.Start(gateway, 3, settings);
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { RateLimit = true, RetryAfterSeconds = 3600, Operations = [Operations.PeopleV3Roles] });

        foreach (var client in instances.Clients)
        {
            var response = await GatewayFixture.QueryAsync(client, "{ peopleV3Roles { name } }");
            var extensions = Assert.Single(response.Errors).GetProperty("extensions");
            Assert.Equal("UPSTREAM_RATE_LIMITED", extensions.GetProperty("code").GetString());
            Assert.InRange(extensions.GetProperty("retryAfterSeconds").GetInt32(), 3500, 3600);
        }

        // A's 429 opened the window in Redis: B and C failed fast without calling.
        Assert.Equal(1, (await gateway.Control.GetStatsAsync()).Count("peoplev3", Operations.PeopleV3Roles));
    }

    private static async Task<string> CreatePersonAsync(HttpClient client, string email) =>
        (await GatewayFixture.QueryAsync(client, "mutation($email: String!) { createPerson(input: { email: $email }) { person { id } } }", new { email }))
            .EnsureNoErrors().At("createPerson.person.id").GetString()!;

    private static async Task<JsonElement> RedisCheckAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "redis").Clone();
    }

    private static async Task WaitUntilRedisHealthyAsync(GatewayInstances instances)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        foreach (var client in instances.Clients)
        {
            while ((await RedisCheckAsync(client)).GetProperty("status").GetString() != "Healthy")
            {
                Assert.True(DateTime.UtcNow < deadline, "an instance did not reconnect to Redis within 30 s");
                await Task.Delay(100);
            }
        }
    }
}
