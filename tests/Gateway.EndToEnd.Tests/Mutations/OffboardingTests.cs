using Gateway.Emulators.Faults;
using Gateway.Emulators.Seeding;

namespace Gateway.EndToEnd.Tests.Mutations;

public sealed class OffboardingTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    private const string Offboard = $$"""
        mutation($input: OffboardPersonInput!) { offboardPerson(input: $input) {
            person { email suspended accounts { source active } } {{CrossSystemAssertions.Results}} {{MutationFixture.ErrorSelection}} } }
        """;

    private static readonly object AllSystems = new
    {
        input = new { email = EmulatorSeed.AnchorEmail, systems = new[] { "WORKSECTION", "ZOHO_PROJECTS", "PEOPLE_V3" } },
    };

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task Anchor_ZohoDeactivated_PeopleV3Suspended_WorksectionNotSupportedWithReason()
    {
        var response = await gateway.QueryAsync(Offboard, AllSystems);

        Assert.Equal(["WORKSECTION:NOT_SUPPORTED", "ZOHO_PROJECTS:DONE", "PEOPLE_V3:DONE"], CrossSystemAssertions.Statuses(response.EnsureNoErrors(), "offboardPerson"));
        Assert.Contains("no call to deactivate or remove", response.At("offboardPerson.results.0.reason").GetString());
        Assert.True(response.At("offboardPerson.person.suspended").GetBoolean());
        var zoho = response.At("offboardPerson.person.accounts").EnumerateArray().Single(a => a.GetProperty("source").GetString() == "ZOHO_PROJECTS");
        Assert.False(zoho.GetProperty("active").GetBoolean());
        Assert.Equal((1, 1, 1), await gateway.RecordsAsync(EmulatorSeed.AnchorEmail));
    }

    [Fact]
    public async Task RunTwice_SecondRunWritesNothing()
    {
        (await gateway.QueryAsync(Offboard, AllSystems)).EnsureNoErrors();
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(Offboard, AllSystems);

        Assert.Equal(["WORKSECTION:NOT_SUPPORTED", "ZOHO_PROJECTS:ALREADY_DONE", "PEOPLE_V3:ALREADY_DONE"], CrossSystemAssertions.Statuses(response.EnsureNoErrors(), "offboardPerson"));
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(0, stats.Count("zoho", WriteOperations.ZohoActivate) + stats.Count("peoplev3", WriteOperations.PeopleV3Update));
    }

    [Fact]
    public async Task PeopleV3FailsOnce_ZohoStillDone_ThenReRunCompletes()
    {
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.PeopleV3Update] });

        var first = await gateway.QueryAsync(Offboard, AllSystems);

        Assert.Equal(["WORKSECTION:NOT_SUPPORTED", "ZOHO_PROJECTS:DONE", "PEOPLE_V3:FAILED"], CrossSystemAssertions.Statuses(first.EnsureNoErrors(), "offboardPerson"));
        Assert.Equal("UPSTREAM_UNAVAILABLE", first.At("offboardPerson.results.2.error.code").GetString());

        var second = await gateway.QueryAsync(Offboard, AllSystems);

        Assert.Equal(["WORKSECTION:NOT_SUPPORTED", "ZOHO_PROJECTS:ALREADY_DONE", "PEOPLE_V3:DONE"], CrossSystemAssertions.Statuses(second.EnsureNoErrors(), "offboardPerson"));
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("zoho", WriteOperations.ZohoActivate));
        Assert.Equal(2, stats.Count("peoplev3", WriteOperations.PeopleV3Update));
    }

    [Fact]
    public async Task DeleteOption_RemovesThePeopleV3Record()
    {
        var response = await gateway.QueryAsync(Offboard, new { input = new { email = EmulatorSeed.AnchorEmail, systems = new[] { "PEOPLE_V3" }, peopleV3 = "DELETE" } });

        Assert.Equal(["PEOPLE_V3:DONE"], CrossSystemAssertions.Statuses(response.EnsureNoErrors(), "offboardPerson"));
        Assert.Equal((1, 1, 0), await gateway.RecordsAsync(EmulatorSeed.AnchorEmail));
        Assert.Equal(1, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Delete));
    }

    [Fact]
    public async Task UnknownPerson_UnknownPersonError_NoWrite()
    {
        var response = await gateway.QueryAsync(Offboard, new { input = new { email = "nobody@example.com", systems = new[] { "ZOHO_PROJECTS" } } });

        Assert.Equal(["UnknownPersonError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "offboardPerson"));
        Assert.Equal(0, await gateway.CallsAsync("zoho", WriteOperations.ZohoActivate));
    }

    [Fact]
    public async Task NoSystems_RequiredFieldError_NoCall()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(Offboard, new { input = new { email = EmulatorSeed.AnchorEmail, systems = Array.Empty<string>() } });

        Assert.Equal(["RequiredFieldError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "offboardPerson"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task OffboardedThenOnboarded_ZohoReactivated_PeopleV3Reinstated_NoDuplicates()
    {
        (await gateway.QueryAsync(Offboard, AllSystems)).EnsureNoErrors();
        var project = await gateway.FirstZohoProjectAsync();

        var response = await gateway.QueryAsync($$"""
            mutation($projectId: ID!) { onboardPerson(input: { email: "{{EmulatorSeed.AnchorEmail}}", systems: [ZOHO_PROJECTS, PEOPLE_V3],
                zohoProjects: { projectIds: [$projectId] } }) { person { suspended } {{CrossSystemAssertions.Results}} } }
            """, new { projectId = project.Id });

        Assert.Equal(["ZOHO_PROJECTS:DONE", "PEOPLE_V3:DONE"], CrossSystemAssertions.Statuses(response.EnsureNoErrors(), "onboardPerson"));
        Assert.False(response.At("onboardPerson.person.suspended").GetBoolean());
        Assert.Equal((1, 1, 1), await gateway.RecordsAsync(EmulatorSeed.AnchorEmail));
    }
}
