using Gateway.Emulators;
using Gateway.Emulators.Seeding;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Tests.Infrastructure;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Upstreams.Tests.ZohoProjects;

public sealed class ZohoProjectsClientTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetProjects_Seeded_ReturnsProjectsWithIdsAndDates()
    {
        await using var services = fixture.CreateServices();

        var projects = await services.Zoho.GetProjectsAsync(CancellationToken.None);

        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.True(long.TryParse(p.Id, out _)));
        Assert.All(projects, p => Assert.False(string.IsNullOrEmpty(p.Name)));
        Assert.Contains(projects, p => p.CreatedAt is not null);
    }

    [Fact]
    public async Task GetPortalUsers_All_KeepsEmailsAsSent()
    {
        await using var services = fixture.CreateServices();

        var users = await services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None);

        Assert.Contains(users, u => u.Email == EmulatorSeed.AnchorZohoEmail);
        Assert.Contains(users, u => !u.Active);
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Zoho, "GET /portal/{portalId}/users/"));
    }

    [Fact]
    public async Task GetAvailableUserCount_Seeded_ReturnsNumberSentAsString()
    {
        await using var services = fixture.CreateServices();

        var count = await services.Zoho.GetAvailableUserCountAsync(CancellationToken.None);

        Assert.True(count >= 0);
    }

    [Fact]
    public async Task AddThenUpdateProjectUser_RateAndRole_RoundTrip()
    {
        await using var services = fixture.CreateServices();
        var project = (await services.Zoho.GetProjectsAsync(CancellationToken.None))[0];
        var email = $"member+{Guid.NewGuid():N}@example.com";

        var added = Assert.Single(await services.Zoho.AddProjectUsersAsync(project.Id, [email], "contractor", 20.75m, CancellationToken.None));
        var updated = await services.Zoho.UpdateProjectUserAsync(project.Id, added.Id, "manager", CancellationToken.None);
        var members = await services.Zoho.GetProjectUsersAsync(project.Id, ZohoUserType.All, CancellationToken.None);

        Assert.Equal(20.75m, added.Rate);
        Assert.Equal("contractor", added.Role);
        Assert.Equal("manager", updated.Role);
        Assert.Equal("manager", Assert.Single(members, m => m.Id == added.Id).Role);
    }

    [Fact]
    public async Task DeactivateThenActivate_PortalUser_FlipsActive()
    {
        await using var services = fixture.CreateServices();
        var user = (await services.Zoho.GetPortalUsersAsync(ZohoUserType.Active, CancellationToken.None))
            .First(u => u.Email != EmulatorSeed.AnchorZohoEmail);

        await services.Zoho.DeactivateUserAsync(user.Id, CancellationToken.None);
        var afterDeactivate = await services.Zoho.GetPortalUsersAsync(ZohoUserType.Inactive, CancellationToken.None);
        await services.Zoho.ActivateUserAsync(user.Id, CancellationToken.None);
        var afterActivate = await services.Zoho.GetPortalUsersAsync(ZohoUserType.Active, CancellationToken.None);

        Assert.Contains(afterDeactivate, u => u.Id == user.Id);
        Assert.Contains(afterActivate, u => u.Id == user.Id);
    }

    [Fact]
    public async Task GetProjectUsers_UnknownProject_NotFound()
    {
        await using var services = fixture.CreateServices();

        var error = await Expect.UpstreamError(UpstreamErrorKind.NotFound, () =>
            services.Zoho.GetProjectUsersAsync("999999999", ZohoUserType.All, CancellationToken.None));

        Assert.Equal("GET /portal/{portalId}/projects/{projectId}/users/", error.Operation);
        Assert.DoesNotContain("999999999", error.Message);
    }

    [Fact]
    public async Task AddProjectUsers_InvalidEmail_RejectedWithUpstreamMessage()
    {
        await using var services = fixture.CreateServices();
        var project = (await services.Zoho.GetProjectsAsync(CancellationToken.None))[0];

        var error = await Expect.UpstreamError(UpstreamErrorKind.Rejected, () =>
            services.Zoho.AddProjectUsersAsync(project.Id, ["not an email"], "employee", null, CancellationToken.None));

        Assert.Equal("Given value for the parameter email is invalid", error.Message);
    }

    [Fact]
    public async Task GetProjects_WrongToken_Unauthorized()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["Upstreams:ZohoProjects:AccessToken"] = "wrong-token" });

        await Expect.UpstreamError(UpstreamErrorKind.Unauthorized, () => services.Zoho.GetProjectsAsync(CancellationToken.None));
    }
}
