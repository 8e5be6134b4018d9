using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Tests.Infrastructure;

namespace Gateway.Upstreams.Tests.Resilience;

public sealed class ReadResilienceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task WorksectionRead_Two503sThenOk_RetriedWithExactlyThreeCalls()
    {
        await using var services = fixture.CreateServices();
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Worksection, new FaultSettings { FailFirst = 2, ErrorStatus = 503 });

        var users = await services.Worksection.GetUsersAsync(CancellationToken.None);

        Assert.NotEmpty(users);
        Assert.Equal(3, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Worksection, "get_users"));
    }

    [Fact]
    public async Task ZohoRead_Two502sThenOk_RetriedWithExactlyThreeCalls()
    {
        await using var services = fixture.CreateServices();
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { FailFirst = 2, ErrorStatus = 502 });

        Assert.NotEmpty(await services.Zoho.GetProjectsAsync(CancellationToken.None));

        Assert.Equal(3, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Zoho, "GET /portal/{portalId}/projects/"));
    }

    [Fact]
    public async Task Read_RateLimitedWithShortRetryAfter_WaitsAndSucceeds()
    {
        await using var services = fixture.CreateServices();
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3,
            new FaultSettings { RateLimit = true, RetryAfterSeconds = 2, Operations = ["GET /v3/roles"] });

        var roles = services.PeopleV3.GetRolesAsync(CancellationToken.None);
        // The emulator's rate limit has no "first N only" switch: lift it once the first call was counted,
        // well inside the 2 s the client must wait before its retry.
        while ((await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.PeopleV3, "GET /v3/roles") == 0)
        {
            await Task.Delay(20);
        }

        await fixture.Control.ClearFaultAsync(EmulatorUpstreams.PeopleV3);

        Assert.NotEmpty(await roles);
        Assert.Equal(2, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.PeopleV3, "GET /v3/roles"));
    }

    [Fact]
    public async Task Read_RetryAfter3600_FailsFastAsRateLimited()
    {
        await using var services = fixture.CreateServices();
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Worksection, new FaultSettings { RateLimit = true, RetryAfterSeconds = 3600 });

        var error = await Expect.UpstreamError(UpstreamErrorKind.RateLimited, () => services.Worksection.GetContactsAsync(CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(3600), error.RetryAfter);
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Worksection, "get_contacts"));
    }

    [Fact]
    public async Task Read_MalformedJson_BadResponseWithoutRetry()
    {
        await using var services = fixture.CreateServices();
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { MalformedJson = true });

        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.Zoho.GetPortalUsersAsync(Gateway.Upstreams.ZohoProjects.ZohoUserType.All, CancellationToken.None));

        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Zoho, "GET /portal/{portalId}/users/"));
    }

    [Fact]
    public async Task Read_MalformedJsonFromEachUpstream_BadResponse()
    {
        await using var services = fixture.CreateServices();
        foreach (var upstream in EmulatorUpstreams.All)
        {
            await fixture.Control.SetFaultAsync(upstream, new FaultSettings { MalformedJson = true });
        }

        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.Worksection.GetUsersAsync(CancellationToken.None));
        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.Zoho.GetProjectsAsync(CancellationToken.None));
        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.PeopleV3.GetPeopleAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Read_HtmlBodyFromEachUpstream_BadResponse()
    {
        await using var services = fixture.CreateServices();
        foreach (var upstream in EmulatorUpstreams.All)
        {
            await fixture.Control.SetFaultAsync(upstream, new FaultSettings { HtmlBody = true });
        }

        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.Worksection.GetUserGroupsAsync(CancellationToken.None));
        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.Zoho.GetAvailableUserCountAsync(CancellationToken.None));
        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.PeopleV3.GetGroupsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Read_Hang_TimeoutWithinTotalBudget()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:ReadAttemptTimeout"] = "00:00:00.400",
            ["Upstreams:Resilience:ReadTotalTimeout"] = "00:00:01",
        });
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { Hang = true });

        var error = await Expect.UpstreamError(UpstreamErrorKind.Timeout, () => services.PeopleV3.GetPeopleAsync(CancellationToken.None));

        Assert.Equal("GET /v3/people", error.Operation);
        Assert.InRange((await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.PeopleV3, "GET /v3/people"), 1, 3);
    }

    [Fact]
    public async Task Read_LatencyPastAttemptTimeout_RetriedThenTimeout()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:ReadAttemptTimeout"] = "00:00:01.500",
            ["Upstreams:Resilience:ReadMaxRetries"] = "1",
        });
        // Counted on arrival: open the connection first so that neither timed-out attempt is cut before it gets there.
        await services.Worksection.GetUserGroupsAsync(CancellationToken.None);
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Worksection, new FaultSettings { LatencyMs = 10_000 });

        await Expect.UpstreamError(UpstreamErrorKind.Timeout, () => services.Worksection.GetContactGroupsAsync(CancellationToken.None));

        Assert.Equal(2, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Worksection, "get_contact_groups"));
    }

    [Fact]
    public async Task Read_CallerCancelsDuringHang_CancellationPropagatesUnwrapped()
    {
        await using var services = fixture.CreateServices();
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { Hang = true });
        using var cancel = new CancellationTokenSource();

        var read = services.Zoho.GetProjectsAsync(cancel.Token);
        while ((await fixture.Control.GetStatsAsync()).CountUpstream(EmulatorUpstreams.Zoho) == 0)
        {
            await Task.Delay(20);
        }

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).CountUpstream(EmulatorUpstreams.Zoho));
    }

    [Fact]
    public async Task Read_ConnectionRefused_Unavailable()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:PeopleV3:BaseUrl"] = ClosedPort.Url("peoplev3/v3/"),
            ["Upstreams:Resilience:ReadMaxRetries"] = "1",
        });

        var error = await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () => services.PeopleV3.GetLanguagesAsync(CancellationToken.None));

        Assert.Equal(UpstreamName.PeopleV3, error.Upstream);
        await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () => services.PeopleV3.ProbeAsync(CancellationToken.None));
    }
}
