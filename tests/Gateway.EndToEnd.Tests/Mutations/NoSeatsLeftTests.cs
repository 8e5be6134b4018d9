using Gateway.Emulators;

namespace Gateway.EndToEnd.Tests.Mutations;

/// <summary>A Zoho portal whose licence is used up: onboarding that needs a new seat says so, typed, before any write.</summary>
public sealed class NoSeatsLeftTests(NoSeatsLeftTests.FullPortal gateway) : IClassFixture<NoSeatsLeftTests.FullPortal>, IAsyncLifetime
{
    private const string Email = "seatless.hire@zillum.com";

    private const string Onboard = $$"""
        mutation($input: OnboardPersonInput!) { onboardPerson(input: $input) { {{CrossSystemAssertions.Results}}
            errors { __typename ... on Error { message } ... on NoSeatsLeftError { system seatsAvailable } } } }
        """;

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task NewPerson_NoZohoSeat_NoSeatsLeftError_NothingWrittenInAnySystem()
    {
        var project = await gateway.FirstZohoProjectAsync();

        var response = await gateway.QueryAsync(Onboard, new
        {
            input = new
            {
                email = Email, firstName = "Sam", lastName = "Seatless",
                systems = new[] { "WORKSECTION", "ZOHO_PROJECTS", "PEOPLE_V3" }, zohoProjects = new { projectIds = new[] { project.Id } },
            },
        });

        var error = Assert.Single(response.EnsureNoErrors().At("onboardPerson.errors").EnumerateArray());
        Assert.Equal("NoSeatsLeftError", error.GetProperty("__typename").GetString());
        Assert.Equal("ZOHO_PROJECTS", error.GetProperty("system").GetString());
        Assert.Equal(0, error.GetProperty("seatsAvailable").GetInt32());
        Assert.Contains("deactivatePortalUser", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(0, stats.Count("worksection", WriteOperations.WorksectionAddUser) + stats.Count("zoho", WriteOperations.ZohoAddProjectUsers)
            + stats.Count("peoplev3", WriteOperations.PeopleV3Create));
        Assert.Equal((0, 0, 0), await gateway.RecordsAsync(Email));
    }

    [Fact]
    public async Task ActivePortalUser_NeedsNoSeat_OnboardingGoesAhead()
    {
        // The anchor is an active portal user and a member of the first seeded Zoho project.
        var response = await gateway.QueryAsync(Onboard, new
        {
            input = new
            {
                email = Gateway.Emulators.Seeding.EmulatorSeed.AnchorEmail, systems = new[] { "ZOHO_PROJECTS" },
                zohoProjects = new { projectIds = new[] { "170876000004463097" } },
            },
        });

        Assert.Equal(["ZOHO_PROJECTS:ALREADY_DONE"], CrossSystemAssertions.Statuses(response.EnsureNoErrors(), "onboardPerson"));
    }

    /// <summary>The seeded portal with a licence of one seat, so <c>availcount</c> is 0.</summary>
    public sealed class FullPortal : MutationFixture
    {
        protected override EmulatorOptions EmulatorOptions => new() { ZohoPortalCapacity = 1 };
    }
}
