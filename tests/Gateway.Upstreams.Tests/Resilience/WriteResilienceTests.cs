using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Tests.Infrastructure;
using Gateway.Upstreams.Worksection;

namespace Gateway.Upstreams.Tests.Resilience;

/// <summary>DESIGN.md: writes are never retried blindly, whatever their HTTP verb (Worksection writes are GETs).</summary>
public sealed class WriteResilienceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task WorksectionAddUser_503_OneCallAndUnavailable()
    {
        await using var services = fixture.CreateServices();
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Worksection,
            new FaultSettings { FailFirst = 1, ErrorStatus = 503, Operations = ["add_user"] });

        var error = await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () =>
            services.Worksection.AddUserAsync(new WorksectionNewUser($"w+{Guid.NewGuid():N}@example.com"), CancellationToken.None));

        Assert.Equal("add_user", error.Operation);
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Worksection, "add_user"));
    }

    [Fact]
    public async Task ZohoAddProjectUsers_503_OneCallAndUnavailable()
    {
        await using var services = fixture.CreateServices();
        var project = (await services.Zoho.GetProjectsAsync(CancellationToken.None))[0];
        const string operation = "POST /portal/{portalId}/projects/{projectId}/users/";
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { FailFirst = 1, ErrorStatus = 503, Operations = [operation] });

        var error = await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () =>
            services.Zoho.AddProjectUsersAsync(project.Id, [$"z+{Guid.NewGuid():N}@example.com"], "employee", null, CancellationToken.None));

        Assert.Equal(operation, error.Operation);
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Zoho, operation));
    }

    [Fact]
    public async Task PeopleV3CreatePerson_500_OneCallAndUnavailable()
    {
        await using var services = fixture.CreateServices();
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3,
            new FaultSettings { FailFirst = 1, ErrorStatus = 500, Operations = ["POST /v3/people"] });

        await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () =>
            services.PeopleV3.CreatePersonAsync(new PeopleV3PersonInput($"v+{Guid.NewGuid():N}@example.com"), CancellationToken.None));

        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.PeopleV3, "POST /v3/people"));
    }

    [Fact]
    public async Task WorksectionAddUser_Hang_OutcomeUnknownAfterOneCall()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:WriteAttemptTimeout"] = "00:00:01.500",
        });
        // Counted on arrival: open the connection first so that the write is not cut before it gets there.
        await services.Worksection.GetUserGroupsAsync(CancellationToken.None);
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Worksection, new FaultSettings { Hang = true, Operations = ["add_user"] });

        var error = await Expect.UpstreamError(UpstreamErrorKind.OutcomeUnknown, () =>
            services.Worksection.AddUserAsync(new WorksectionNewUser($"h+{Guid.NewGuid():N}@example.com"), CancellationToken.None));

        Assert.Contains("may or may not have been applied", error.Message);
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Worksection, "add_user"));
    }

    [Fact]
    public async Task ZohoActivate_RateLimitedShortRetryAfter_NotRetried()
    {
        await using var services = fixture.CreateServices();
        const string operation = "POST /portal/{portalId}/users/activate/";
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { RateLimit = true, RetryAfterSeconds = 1, Operations = [operation] });

        var error = await Expect.UpstreamError(UpstreamErrorKind.RateLimited, () => services.Zoho.ActivateUserAsync("1", CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Zoho, operation));
    }

    [Fact]
    public async Task PeopleV3Delete_ConnectionRefused_UnavailableNotOutcomeUnknown()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:PeopleV3:BaseUrl"] = ClosedPort.Url("peoplev3/v3/"),
        });

        // A refused connection never carried the request, so the write certainly did not happen.
        await Expect.UpstreamError(UpstreamErrorKind.Unavailable, () => services.PeopleV3.DeletePersonAsync(1, CancellationToken.None));
    }
}
