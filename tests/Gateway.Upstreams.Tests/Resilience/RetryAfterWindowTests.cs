using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Tests.Infrastructure;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Upstreams.Tests.Resilience;

/// <summary>A 429 with Retry-After silences the upstream for the whole window: no call is sent until it ends.</summary>
public sealed class RetryAfterWindowTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Zoho429For3600s_EveryLaterReadAndWriteFailsFast_WithExactlyOneCall()
    {
        var clock = new ManualClock();
        await using var services = fixture.CreateServices(configure: s => s.AddSingleton<TimeProvider>(clock));
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { RateLimit = true, RetryAfterSeconds = 3600 });

        var first = await Expect.UpstreamError(UpstreamErrorKind.RateLimited, () => services.Zoho.GetProjectsAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(100));
        var later = new List<UpstreamException>();
        for (var i = 0; i < 5; i++)
        {
            later.Add(await Expect.UpstreamError(UpstreamErrorKind.RateLimited, () => services.Zoho.GetProjectsAsync(CancellationToken.None)));
            later.Add(await Expect.UpstreamError(UpstreamErrorKind.RateLimited,
                () => services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None)));
            later.Add(await Expect.UpstreamError(UpstreamErrorKind.RateLimited, () => services.Zoho.ActivateUserAsync("1", CancellationToken.None)));
        }

        Assert.Equal(TimeSpan.FromSeconds(3600), first.RetryAfter);
        Assert.All(later, e => Assert.Equal(TimeSpan.FromSeconds(3500), e.RetryAfter));
        Assert.Equal("POST /portal/{portalId}/users/activate/", later[2].Operation);
        var stats = await fixture.Control.GetStatsAsync();
        Assert.Equal(1, stats.CountUpstream(EmulatorUpstreams.Zoho));
        // The window is Zoho's alone.
        Assert.NotEmpty(await services.Worksection.GetUsersAsync(CancellationToken.None));
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Worksection, "get_users"));
    }

    [Fact]
    public async Task WindowEnds_CallsGoAgain()
    {
        var clock = new ManualClock();
        await using var services = fixture.CreateServices(configure: s => s.AddSingleton<TimeProvider>(clock));
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { RateLimit = true, RetryAfterSeconds = 60 });
        await Expect.UpstreamError(UpstreamErrorKind.RateLimited, () => services.PeopleV3.GetRolesAsync(CancellationToken.None));
        await fixture.Control.ClearFaultAsync(EmulatorUpstreams.PeopleV3);

        clock.Advance(TimeSpan.FromSeconds(59));
        var held = await Expect.UpstreamError(UpstreamErrorKind.RateLimited, () => services.PeopleV3.GetRolesAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(1));
        var roles = await services.PeopleV3.GetRolesAsync(CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(1), held.RetryAfter);
        Assert.NotEmpty(roles);
        Assert.Equal(2, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.PeopleV3, "GET /v3/roles"));
    }
}
