using System.Net;
using System.Text.Json;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.Faults;

public sealed class StatsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryUpstreamCall_IsCountedByOperation()
    {
        await _calls.WorksectionJsonAsync(("action", "get_users"));
        await _calls.WorksectionJsonAsync(("action", "get_users"));
        await _calls.WorksectionJsonAsync(("action", "get_contacts"));
        await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("projects/170876000004463097/users/")));
        await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal("users/activate/"), new Dictionary<string, string> { ["activate"] = "2060758" }));
        await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"));
        await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people/11679192"));

        var stats = await fixture.Control.GetStatsAsync();

        Assert.Equal(2, stats.Count("worksection", "get_users"));
        Assert.Equal(1, stats.Count("worksection", "get_contacts"));
        Assert.Equal(1, stats.Count("zoho", "GET /portal/{portalId}/projects/{projectId}/users/"));
        Assert.Equal(1, stats.Count("zoho", "POST /portal/{portalId}/users/activate/"));
        Assert.Equal(1, stats.Count("peoplev3", "GET /v3/people"));
        Assert.Equal(1, stats.Count("peoplev3", "GET /v3/people/{id}"));
        Assert.Equal(7, stats.Total);
    }

    [Fact]
    public async Task RejectedCalls_AreCountedToo()
    {
        using var badHash = await fixture.Http.GetAsync(new Uri(fixture.Host.WorksectionBaseUrl, "?action=get_users&hash=x"));
        using var noAction = await fixture.Http.GetAsync(new Uri(fixture.Host.WorksectionBaseUrl, "?hash=x"));
        await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/"), token: "wrong"));
        await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people", token: "wrong"));
        await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "nothing/here"));

        var stats = await fixture.Control.GetStatsAsync();

        Assert.Equal(1, stats.Count("worksection", "get_users"));
        Assert.Equal(1, stats.Count("worksection", "(none)"));
        Assert.Equal(1, stats.Count("zoho", "GET /portal/{portalId}/users/"));
        Assert.Equal(1, stats.Count("peoplev3", "GET /v3/people"));
        Assert.Equal(1, stats.Count("peoplev3", "(unmatched)"));
        Assert.Equal(5, stats.Total);
    }

    [Fact]
    public async Task StatsJson_HasTheDocumentedShapeAndControlCallsAreNotCounted()
    {
        await _calls.WorksectionJsonAsync(("action", "get_user_groups"));
        await fixture.Http.GetAsync("_emulator/stats");

        var body = JsonDocument.Parse(await fixture.Http.GetStringAsync("_emulator/stats")).RootElement;

        Assert.Equal(1, body.GetProperty("total").GetInt32());
        var call = Assert.Single(body.GetProperty("calls").EnumerateArray());
        Assert.Equal("worksection", call.GetProperty("upstream").GetString());
        Assert.Equal("get_user_groups", call.GetProperty("operation").GetString());
        Assert.Equal(1, call.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Reset_ZeroesCountersAndResetWithDataRestoresTheSeed()
    {
        var email = $"reset.{Guid.NewGuid():N}@zillum.com";
        await _calls.WorksectionJsonAsync(("action", "add_user"), ("email", email));

        await fixture.Control.ResetAsync();
        var afterCounterReset = await fixture.Control.GetStatsAsync();
        var stillThere = await _calls.WorksectionJsonAsync(("action", "get_users"));
        using var resetData = await fixture.Http.PostAsync("_emulator/reset?data=true", null);
        var afterDataReset = await _calls.WorksectionJsonAsync(("action", "get_users"));

        Assert.Equal(0, afterCounterReset.Total);
        Assert.Contains(stillThere.GetProperty("data").EnumerateArray(), u => u.GetProperty("email").GetString() == email);
        Assert.True(resetData.IsSuccessStatusCode);
        Assert.DoesNotContain(afterDataReset.GetProperty("data").EnumerateArray(), u => u.GetProperty("email").GetString() == email);
    }

    [Fact]
    public async Task FaultedCalls_AreCounted()
    {
        await fixture.Control.SetFaultAsync("zoho", new Gateway.Emulators.Faults.FaultSettings { RateLimit = true });

        var (response, _) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/availcount/")));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count("zoho", "GET /portal/{portalId}/users/availcount/"));
    }
}
