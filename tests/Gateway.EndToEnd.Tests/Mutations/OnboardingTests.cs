using Gateway.Emulators.Faults;

namespace Gateway.EndToEnd.Tests.Mutations;

public sealed class OnboardingTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    private const string Email = "maya.chen@example.com";

    private const string Onboard = $$"""
        mutation($input: OnboardPersonInput!) { onboardPerson(input: $input) {
            person { email firstName accounts { source role } } {{CrossSystemAssertions.Results}} {{MutationFixture.ErrorSelection}} } }
        """;

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    private async Task<object> InputAsync(string email = Email) => new
    {
        input = new
        {
            email, firstName = "Maya", lastName = "Chen", title = "Engineer",
            systems = new[] { "WORKSECTION", "ZOHO_PROJECTS", "PEOPLE_V3" },
            worksection = new { role = "user" },
            zohoProjects = new { projectIds = new[] { (await gateway.FirstZohoProjectAsync()).Id }, role = "employee", rate = 40m },
            peopleV3 = new { language = "en" },
        },
    };

    [Fact]
    public async Task NewPerson_CreatedInAllThree_OneWriteEach_PayloadShowsThreeAccounts()
    {
        var input = await InputAsync();

        var response = await gateway.QueryAsync(Onboard, input);

        Assert.Equal(["WORKSECTION:DONE", "ZOHO_PROJECTS:DONE", "PEOPLE_V3:DONE"], CrossSystemAssertions.Statuses(response.EnsureNoErrors(), "onboardPerson"));
        Assert.Equal(["WORKSECTION", "ZOHO_PROJECTS", "PEOPLE_V3"],
            response.At("onboardPerson.person.accounts").EnumerateArray().Select(a => a.GetProperty("source").GetString()));
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("worksection", WriteOperations.WorksectionAddUser));
        Assert.Equal(1, stats.Count("zoho", WriteOperations.ZohoAddProjectUsers));
        Assert.Equal(1, stats.Count("peoplev3", WriteOperations.PeopleV3Create));
        Assert.Equal((1, 1, 1), await gateway.RecordsAsync(Email));
    }

    [Fact]
    public async Task RunTwice_SecondRunIsAlreadyDone_AndWritesNothing()
    {
        var input = await InputAsync();
        (await gateway.QueryAsync(Onboard, input)).EnsureNoErrors();
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(Onboard, input);

        Assert.Equal(["WORKSECTION:ALREADY_DONE", "ZOHO_PROJECTS:ALREADY_DONE", "PEOPLE_V3:ALREADY_DONE"], CrossSystemAssertions.Statuses(response.EnsureNoErrors(), "onboardPerson"));
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(0, stats.Count("worksection", WriteOperations.WorksectionAddUser) + stats.Count("zoho", WriteOperations.ZohoAddProjectUsers)
            + stats.Count("peoplev3", WriteOperations.PeopleV3Create));
        Assert.Equal((1, 1, 1), await gateway.RecordsAsync(Email));
    }

    [Fact]
    public async Task ZohoFailsOnce_OthersDone_ThenReRunCompletes_WithoutDuplicates()
    {
        var input = await InputAsync();
        await gateway.Control.SetFaultAsync("zoho", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.ZohoAddProjectUsers] });

        var first = await gateway.QueryAsync(Onboard, input);

        Assert.Equal(["WORKSECTION:DONE", "ZOHO_PROJECTS:FAILED", "PEOPLE_V3:DONE"], CrossSystemAssertions.Statuses(first.EnsureNoErrors(), "onboardPerson"));
        var zoho = first.At("onboardPerson.results.1");
        Assert.Equal("UPSTREAM_UNAVAILABLE", zoho.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("ZOHO_PROJECTS", zoho.GetProperty("error").GetProperty("upstream").GetString());
        Assert.Equal((1, 0, 1), await gateway.RecordsAsync(Email));

        var second = await gateway.QueryAsync(Onboard, input);

        Assert.Equal(["WORKSECTION:ALREADY_DONE", "ZOHO_PROJECTS:DONE", "PEOPLE_V3:ALREADY_DONE"], CrossSystemAssertions.Statuses(second.EnsureNoErrors(), "onboardPerson"));
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("worksection", WriteOperations.WorksectionAddUser));
        Assert.Equal(2, stats.Count("zoho", WriteOperations.ZohoAddProjectUsers));
        Assert.Equal(1, stats.Count("peoplev3", WriteOperations.PeopleV3Create));
        Assert.Equal((1, 1, 1), await gateway.RecordsAsync(Email));
    }

    [Fact]
    public async Task WorksectionDown_OnlyWorksectionFails_PersonStillShownFromTheOthers()
    {
        var input = await InputAsync();
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { ErrorRate = 1 });

        var response = await gateway.QueryAsync(Onboard, input);

        Assert.Equal(["WORKSECTION:FAILED", "ZOHO_PROJECTS:DONE", "PEOPLE_V3:DONE"], CrossSystemAssertions.Statuses(response, "onboardPerson"));
        Assert.Equal("UPSTREAM_UNAVAILABLE", response.At("onboardPerson.results.0.error.code").GetString());
        Assert.Equal(2, response.At("onboardPerson.person.accounts").GetArrayLength());
        var partial = Assert.Single(response.Errors);
        Assert.Equal("onboardPerson.person", partial.GetProperty("extensions").GetProperty("fieldPath").GetString());
        Assert.Equal(0, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
    }

    [Fact]
    public async Task InvalidInput_EveryProblemReported_NoUpstreamCall()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(Onboard, new
        {
            input = new { email = "maya@", systems = new[] { "WORKSECTION", "ZOHO_PROJECTS" }, worksection = new { role = "admin" }, zohoProjects = new { rate = -5m } },
        });

        Assert.Equal(["InvalidEmailError", "RoleNotAllowedError", "RequiredFieldError", "InvalidRateError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "onboardPerson"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("onboardPerson.results").ValueKind);
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task UnknownTeamOrProject_NothingWrittenAnywhere()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(Onboard, new
        {
            input = new
            {
                email = Email, systems = new[] { "WORKSECTION", "ZOHO_PROJECTS", "PEOPLE_V3" },
                worksection = new { team = "No Such Team" }, zohoProjects = new { projectIds = new[] { "42" } },
            },
        });

        Assert.Equal(["UnknownTeamError", "UnknownProjectError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "onboardPerson"));
        Assert.Equal((0, 0, 0), await gateway.RecordsAsync(Email));
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(0, stats.Count("worksection", WriteOperations.WorksectionAddUser) + stats.Count("zoho", WriteOperations.ZohoAddProjectUsers)
            + stats.Count("peoplev3", WriteOperations.PeopleV3Create));
    }
}
