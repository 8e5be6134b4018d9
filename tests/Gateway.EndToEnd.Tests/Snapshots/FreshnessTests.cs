using System.Globalization;
using Gateway.Emulators.Faults;
using Gateway.Testing;
using Gateway.Upstreams.Common.Snapshots;

namespace Gateway.EndToEnd.Tests.Snapshots;

/// <summary>One instance, memory only: the default freshness, stale snapshots on upstream failure, and per-instance quotas.</summary>
public sealed class FreshnessTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    private const string DirectoryPage = """
        { people(first: 50) { nodes { email accounts { source } teams { name members { email } }
          projects { members { person { email } } } } } }
        """;

    private const string Roles = "{ peopleV3Roles { name } }";

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DefaultMaxAge_WithoutRedis_FiveDirectoryPages_ReadEachListOnce()
    {
        // No Cache:Redis, and the shipped default MaxAge in place of the fixture's 0: memory only.
        var defaultMaxAge = new FreshnessOptions().MaxAge;
        Assert.Equal(TimeSpan.FromSeconds(30), defaultMaxAge);
        await using var instance = gateway.CreateInstance(new Dictionary<string, string?>
        {
            ["Upstreams:Freshness:MaxAge"] = defaultMaxAge.ToString("c", CultureInfo.InvariantCulture),
        });
        using var client = instance.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            (await GatewayFixture.QueryAsync(client, DirectoryPage)).EnsureNoErrors();
        }

        var stats = await gateway.Control.GetStatsAsync();
        var projects = gateway.Emulators.Options.Projects;
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetUsers));
        Assert.Equal(1, stats.Count("zoho", Operations.ZohoPortalUsers));
        Assert.Equal(1, stats.Count("peoplev3", Operations.PeopleV3People));
        Assert.Equal(projects, stats.Count("zoho", Operations.ZohoProjectUsers));
        Assert.Equal(6 + projects, stats.Total);
    }

    [Fact]
    public async Task PerUpstreamMaxAgeZero_ThatUpstreamReadPerRequest_TheOthersOnce()
    {
        await using var instance = gateway.CreateInstance(new Dictionary<string, string?>
        {
            ["Upstreams:Freshness:MaxAge"] = "00:10:00",
            ["Upstreams:PeopleV3:Freshness:MaxAge"] = "00:00:00",
        });
        using var client = instance.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await GatewayFixture.QueryAsync(client, "{ people(first: 5) { nodes { email } } }")).EnsureNoErrors();
        }

        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(3, stats.Count("peoplev3", Operations.PeopleV3People));
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetUsers));
        Assert.Equal(1, stats.Count("zoho", Operations.ZohoPortalUsers));
        Assert.Equal(5, stats.Total);
    }

    [Fact]
    public async Task UpstreamFailing_SnapshotYoungerThanMaxStale_DataWithStaleMarkerAndNoErrors()
    {
        await using var instance = gateway.CreateInstance(Freshness(maxAge: "00:00:01", maxStale: "00:10:00"));
        using var client = instance.CreateClient();
        (await GatewayFixture.QueryAsync(client, Roles)).EnsureNoErrors();
        var readAt = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { ErrorRate = 1, ErrorStatus = 503, Operations = [Operations.PeopleV3Roles] });

        var response = (await GatewayFixture.QueryAsync(client, Roles)).EnsureNoErrors();

        Assert.NotEqual(0, response.At("peopleV3Roles").GetArrayLength());
        var stale = Assert.Single(response.Root.GetProperty("extensions").GetProperty("staleUpstreams").EnumerateArray());
        Assert.Equal("peoplev3", stale.GetProperty("name").GetString());
        var asOf = DateTimeOffset.Parse(stale.GetProperty("asOf").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(asOf, readAt.AddSeconds(-5), readAt);
        var status = (await GatewayFixture.QueryAsync(client, "{ upstreams { name lastRefreshedAt stale } }")).EnsureNoErrors();
        var peopleV3 = status.At("upstreams").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "peoplev3");
        Assert.True(peopleV3.GetProperty("stale").GetBoolean());
        Assert.Equal(asOf, DateTimeOffset.Parse(peopleV3.GetProperty("lastRefreshedAt").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task UpstreamFailing_SnapshotPastMaxStale_TodaysErrorAndNoStaleMarker()
    {
        await using var instance = gateway.CreateInstance(Freshness(maxAge: "00:00:01", maxStale: "00:00:02"));
        using var client = instance.CreateClient();
        (await GatewayFixture.QueryAsync(client, Roles)).EnsureNoErrors();
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { ErrorRate = 1, ErrorStatus = 503, Operations = [Operations.PeopleV3Roles] });

        var response = await GatewayFixture.QueryAsync(client, Roles);

        var error = Assert.Single(response.Errors);
        Assert.Equal("UPSTREAM_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.Root.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("staleUpstreams", out _));
    }

    [Fact]
    public async Task OverRequestsPerMinute_NoSnapshot_RateLimitedWithRetryAfterAndNothingSent()
    {
        await using var instance = gateway.CreateInstance(new Dictionary<string, string?> { ["Upstreams:PeopleV3:Quota:RequestsPerMinute"] = "2" });
        using var client = instance.CreateClient();

        (await GatewayFixture.QueryAsync(client, Roles)).EnsureNoErrors();
        (await GatewayFixture.QueryAsync(client, Roles)).EnsureNoErrors();
        var refused = await GatewayFixture.QueryAsync(client, Roles);

        var error = Assert.Single(refused.Errors);
        Assert.Equal("UPSTREAM_RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.InRange(error.GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32(), 1, 60);
        Assert.Equal(2, (await gateway.Control.GetStatsAsync()).Count("peoplev3", Operations.PeopleV3Roles));
    }

    [Fact]
    public async Task OverRequestsPerMinute_WithSnapshot_ServedWithStaleMarker()
    {
        var settings = Freshness(maxAge: "00:00:01", maxStale: "00:10:00");
        settings["Upstreams:PeopleV3:Quota:RequestsPerMinute"] = "1";
        await using var instance = gateway.CreateInstance(settings);
        using var client = instance.CreateClient();
        (await GatewayFixture.QueryAsync(client, Roles)).EnsureNoErrors();
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        var response = (await GatewayFixture.QueryAsync(client, Roles)).EnsureNoErrors();

        Assert.NotEqual(0, response.At("peopleV3Roles").GetArrayLength());
        var stale = Assert.Single(response.Root.GetProperty("extensions").GetProperty("staleUpstreams").EnumerateArray());
        Assert.Equal("peoplev3", stale.GetProperty("name").GetString());
        Assert.Equal(1, (await gateway.Control.GetStatsAsync()).Count("peoplev3", Operations.PeopleV3Roles));
    }

    [Fact]
    public async Task OverMaxConcurrent_WithNoQueue_SecondCallRefusedAtOnce()
    {
        await using var instance = gateway.CreateInstance(new Dictionary<string, string?>
        {
            ["Upstreams:PeopleV3:Quota:MaxConcurrent"] = "1",
            ["Upstreams:PeopleV3:Quota:MaxQueued"] = "0",
        });
        using var client = instance.CreateClient();
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { LatencyMs = 500, Operations = [Operations.PeopleV3Roles] });

        var responses = await Task.WhenAll(GatewayFixture.QueryAsync(client, Roles), GatewayFixture.QueryAsync(client, Roles));

        Assert.Single(responses, r => r.Errors.Count == 0);
        var refused = Assert.Single(responses, r => r.Errors.Count > 0);
        Assert.Equal("UPSTREAM_RATE_LIMITED", Assert.Single(refused.Errors).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, (await gateway.Control.GetStatsAsync()).Count("peoplev3", Operations.PeopleV3Roles));
    }

    private static Dictionary<string, string?> Freshness(string maxAge, string maxStale) => new()
    {
        ["Upstreams:Freshness:MaxAge"] = maxAge,
        ["Upstreams:Freshness:MaxStale"] = maxStale,
    };
}
