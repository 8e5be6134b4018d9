using Gateway.Emulators;
using Gateway.Emulators.Seeding;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Tests.Infrastructure;

namespace Gateway.Upstreams.Tests.PeopleV3;

public sealed class PeopleV3ClientTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetPeopleThenGetPerson_Anchor_SameRecord()
    {
        await using var services = fixture.CreateServices();

        var people = await services.PeopleV3.GetPeopleAsync(CancellationToken.None);
        var anchor = Assert.Single(people, p => p.Email == EmulatorSeed.AnchorPeopleV3Email);
        var fetched = await services.PeopleV3.GetPersonAsync(anchor.Id, CancellationToken.None);

        Assert.Equal(anchor, fetched with { GroupIds = anchor.GroupIds, ProjectIds = anchor.ProjectIds });
        Assert.Equal(anchor.GroupIds, fetched.GroupIds);
        Assert.NotNull(fetched.RoleId);
        Assert.NotNull(fetched.CreatedAt);
    }

    [Fact]
    public async Task GetPerson_UnknownId_NotFound()
    {
        await using var services = fixture.CreateServices();

        var error = await Expect.UpstreamError(UpstreamErrorKind.NotFound, () => services.PeopleV3.GetPersonAsync(987654321, CancellationToken.None));

        Assert.Equal("GET /v3/people/{id}", error.Operation);
    }

    [Fact]
    public async Task CreateUpdateDelete_NewPerson_RoundTrips()
    {
        await using var services = fixture.CreateServices();
        var role = (await services.PeopleV3.GetRolesAsync(CancellationToken.None))[0];
        var group = (await services.PeopleV3.GetGroupsAsync(CancellationToken.None))[0];
        var email = $"new+{Guid.NewGuid():N}@example.com";

        var created = await services.PeopleV3.CreatePersonAsync(
            new PeopleV3PersonInput(email, "Åsa", "Öberg", RoleId: role.Id, Language: "en", GroupIds: [group.Id]), CancellationToken.None);
        var updated = await services.PeopleV3.UpdatePersonAsync(
            created.Id, new PeopleV3PersonInput(email, "Åsa", "Öberg-Lind", Title: "Designer"), CancellationToken.None);
        await services.PeopleV3.DeletePersonAsync(created.Id, CancellationToken.None);

        Assert.Equal(role.Id, created.RoleId);
        Assert.Equal([group.Id], created.GroupIds);
        Assert.Equal("Öberg-Lind", updated.LastName);
        Assert.Equal("Designer", updated.Title);
        await Expect.UpstreamError(UpstreamErrorKind.NotFound, () => services.PeopleV3.GetPersonAsync(created.Id, CancellationToken.None));
    }

    [Fact]
    public async Task GetGroupsRolesLanguages_Seeded_NonEmpty()
    {
        await using var services = fixture.CreateServices();

        Assert.NotEmpty(await services.PeopleV3.GetGroupsAsync(CancellationToken.None));
        Assert.NotEmpty(await services.PeopleV3.GetRolesAsync(CancellationToken.None));
        Assert.Contains(await services.PeopleV3.GetLanguagesAsync(CancellationToken.None), l => l.Code == "en");
    }

    [Fact]
    public async Task CreatePerson_InvalidEmail_RejectedWithUpstreamMessage()
    {
        await using var services = fixture.CreateServices();

        var error = await Expect.UpstreamError(UpstreamErrorKind.Rejected, () =>
            services.PeopleV3.CreatePersonAsync(new PeopleV3PersonInput("not an email"), CancellationToken.None));

        Assert.StartsWith("Validation failed", error.Message);
        Assert.Contains("email: is invalid", error.Message);
    }

    [Fact]
    public async Task GetPeople_WrongToken_Unauthorized()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["Upstreams:PeopleV3:AccessToken"] = "wrong-token" });

        await Expect.UpstreamError(UpstreamErrorKind.Unauthorized, () => services.PeopleV3.GetPeopleAsync(CancellationToken.None));
    }
}
