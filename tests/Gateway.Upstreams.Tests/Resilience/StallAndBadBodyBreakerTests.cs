using System.Diagnostics;
using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Tests.Infrastructure;

namespace Gateway.Upstreams.Tests.Resilience;

public sealed class StallAndBadBodyBreakerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private const string Roles = "GET /v3/roles";

    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadThatAnsweredFast_ThenHangs_IsCutAtTheStallTimeout_WithOneCall()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:ReadAttemptTimeout"] = "00:00:20",
            ["Upstreams:Resilience:ReadTotalTimeout"] = "00:01:00",
            ["Upstreams:Resilience:ReadStallTimeoutFloor"] = "00:00:00.300",
        });
        for (var i = 0; i < 3; i++)
        {
            await services.PeopleV3.GetRolesAsync(CancellationToken.None);
        }

        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { Hang = true, Operations = [Roles] });
        var started = Stopwatch.GetTimestamp();
        var error = await Expect.UpstreamError(UpstreamErrorKind.Timeout, () => services.PeopleV3.GetRolesAsync(CancellationToken.None));

        Assert.Equal(Roles, error.Operation);
        // Not retried: 3 healthy calls and exactly one into the hang.
        Assert.Equal(4, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.PeopleV3, Roles));
        // Generous: the configured attempt timeout alone is 20 s.
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ReadWithoutHistory_KeepsTheConfiguredTimeoutAndItsRetries()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:ReadAttemptTimeout"] = "00:00:01.500",
            ["Upstreams:Resilience:ReadMaxRetries"] = "1",
            ["Upstreams:Resilience:ReadStallTimeoutFloor"] = "00:00:00.100",
        });
        // The emulator counts a call when it arrives. An attempt cut before its request got there (a cold connection
        // on a busy machine) would go uncounted, so the connection is opened by another operation, which leaves
        // this one without history, and the attempt timeout is far above a loopback round trip.
        await services.PeopleV3.GetGroupsAsync(CancellationToken.None);
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { Hang = true, Operations = [Roles] });

        await Expect.UpstreamError(UpstreamErrorKind.Timeout, () => services.PeopleV3.GetRolesAsync(CancellationToken.None));

        Assert.Equal(2, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.PeopleV3, Roles));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BodiesThatAreNotJson_OpenTheBreaker_ThenNoMoreCalls(bool truncated)
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:BreakerMinimumThroughput"] = "4",
            ["Upstreams:Resilience:BreakerSamplingDuration"] = "00:00:30",
            ["Upstreams:Resilience:BreakerBreakDuration"] = "00:00:30",
        });
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, truncated ? new FaultSettings { MalformedJson = true } : new FaultSettings { HtmlBody = true });

        for (var i = 0; i < 4; i++)
        {
            await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.PeopleV3.GetPeopleAsync(CancellationToken.None));
        }

        var paused = await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () => services.PeopleV3.GetPeopleAsync(CancellationToken.None));

        Assert.Contains("paused", paused.Message);
        Assert.True(services.Breakers.IsCircuitOpen(UpstreamName.PeopleV3));
        Assert.Equal(4, (await fixture.Control.GetStatsAsync()).CountUpstream(EmulatorUpstreams.PeopleV3));
    }

    [Fact]
    public async Task WellFormedErrorAnswers_DoNotCountForTheBreaker()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:BreakerMinimumThroughput"] = "4",
        });

        for (var i = 0; i < 6; i++)
        {
            await Expect.UpstreamError(UpstreamErrorKind.NotFound, () => services.PeopleV3.GetPersonAsync(999_999_999, CancellationToken.None));
        }

        Assert.False(services.Breakers.IsCircuitOpen(UpstreamName.PeopleV3));
    }
}
