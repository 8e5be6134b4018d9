using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Tests.Infrastructure;

namespace Gateway.Upstreams.Tests.Resilience;

public sealed class CircuitBreakerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RepeatedFailures_BreakerOpens_ThenReadsAndWritesFailFastWithoutCalls()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:ReadMaxRetries"] = "0",
            ["Upstreams:Resilience:BreakerMinimumThroughput"] = "4",
            ["Upstreams:Resilience:BreakerSamplingDuration"] = "00:00:30",
            ["Upstreams:Resilience:BreakerBreakDuration"] = "00:00:30",
        });
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { ErrorRate = 1, ErrorStatus = 503 });

        for (var i = 0; i < 4; i++)
        {
            await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () => services.PeopleV3.GetRolesAsync(CancellationToken.None));
        }

        var callsWhenOpened = (await fixture.Control.GetStatsAsync()).CountUpstream(EmulatorUpstreams.PeopleV3);
        await fixture.Control.ClearFaultAsync(EmulatorUpstreams.PeopleV3);
        var read = await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () => services.PeopleV3.GetRolesAsync(CancellationToken.None));
        await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () =>
            services.PeopleV3.CreatePersonAsync(new PeopleV3PersonInput($"b+{Guid.NewGuid():N}@example.com"), CancellationToken.None));

        Assert.Equal(4, callsWhenOpened);
        Assert.Contains("paused", read.Message);
        Assert.True(services.Breakers.IsCircuitOpen(UpstreamName.PeopleV3));
        Assert.False(services.Breakers.IsCircuitOpen(UpstreamName.Worksection));
        Assert.Equal(4, (await fixture.Control.GetStatsAsync()).CountUpstream(EmulatorUpstreams.PeopleV3));
    }

    [Fact]
    public async Task BreakerOfOneUpstream_Open_OtherUpstreamsStillAnswer()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:ReadMaxRetries"] = "0",
            ["Upstreams:Resilience:BreakerMinimumThroughput"] = "2",
        });
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { ErrorRate = 1, ErrorStatus = 500 });

        for (var i = 0; i < 2; i++)
        {
            await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () => services.Zoho.GetProjectsAsync(CancellationToken.None));
        }

        Assert.True(services.Breakers.IsCircuitOpen(UpstreamName.ZohoProjects));
        Assert.NotEmpty(await services.Worksection.GetUsersAsync(CancellationToken.None));
        await services.PeopleV3.ProbeAsync(CancellationToken.None);
    }
}
