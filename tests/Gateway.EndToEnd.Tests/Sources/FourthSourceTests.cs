using System.Text.Json;
using Gateway.Emulators.Seeding;
using Gateway.EndToEnd.Tests.Mutations;
using Gateway.Graph.Sources;
using Gateway.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.EndToEnd.Tests.Sources;

/// <summary>A gateway with a fourth people system registered through <see cref="SourceServiceCollectionExtensions.AddSource{TSource}"/> only.</summary>
public sealed class FourthSourceFixture : GatewayFixture
{
    public HrDirectory Hr { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder web) =>
        web.ConfigureTestServices(services => services.AddSingleton(Hr).AddSource<HrSource>());
}

/// <summary>What adding an upstream through the seam alone gives: merge by email, accounts, upstream status, partial results, onboarding.</summary>
public sealed class FourthSourceTests(FourthSourceFixture gateway) : IClassFixture<FourthSourceFixture>, IAsyncLifetime
{
    private const string HrOnlyEmail = "lin.hr-only@example.com";

    public async Task InitializeAsync()
    {
        await gateway.Control.ResetAsync(data: true);
        gateway.Hr.Reset();
        gateway.Hr.Add(" Patricia.Boyle@ZILLUM.com", "Pat", "Boyle", department: "People Operations");
        gateway.Hr.Add(HrOnlyEmail, "Lin", "Ode", department: "Finance");
    }

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task HrRecords_MergeByEmailWithTheOthers_AndShowAsAccounts()
    {
        var response = await gateway.QueryAsync("""
            { anchor: personByEmail(email: "patricia.boyle@zillum.com") { displayName department accounts { source externalId } }
              hrOnly: personByEmail(email: "lin.hr-only@example.com") { displayName department accounts { source } } }
            """);

        response.EnsureNoErrors();
        Assert.Equal(["WORKSECTION", "ZOHO_PROJECTS", "PEOPLE_V3", "HR_SYSTEM"], Sources(response.At("anchor.accounts")));
        // Worksection gives the anchor's display name and department (it comes first in the table); HR fills only
        // what nobody else holds, as for the person only HR knows.
        Assert.Equal("Patricia Boyle", response.At("anchor.displayName").GetString());
        Assert.NotEqual("People Operations", response.At("anchor.department").GetString());
        Assert.Equal(["HR_SYSTEM"], Sources(response.At("hrOnly.accounts")));
        Assert.Equal("Lin Ode", response.At("hrOnly.displayName").GetString());
        Assert.Equal("Finance", response.At("hrOnly.department").GetString());
    }

    [Fact]
    public async Task UpstreamsQuery_ListsTheFourthSource()
    {
        var response = await gateway.QueryAsync("{ upstreams { source name reachable } }");

        var hr = response.EnsureNoErrors().At("upstreams").EnumerateArray().Last();
        Assert.Equal(["WORKSECTION", "ZOHO_PROJECTS", "PEOPLE_V3", "HR_SYSTEM"], Sources(response.At("upstreams")));
        Assert.Equal("hr", hr.GetProperty("name").GetString());
        Assert.True(hr.GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task FourthSourceDown_PeopleStillListed_ErrorNamesIt()
    {
        gateway.Hr.Down = true;

        var response = await gateway.QueryAsync("{ people(first: 50) { totalCount nodes { email accounts { source } } } upstreams { name reachable errorCode } }");

        Assert.True(response.Root.GetProperty("data").ValueKind == JsonValueKind.Object, response.Body);
        Assert.Equal(60, response.At("people.totalCount").GetInt32());
        var error = Assert.Single(response.Errors);
        Assert.Equal("hr", error.GetProperty("extensions").GetProperty("upstream").GetString());
        Assert.Equal("UPSTREAM_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("HR System is unavailable", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var hr = response.At("upstreams").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "hr");
        Assert.False(hr.GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task Onboarding_ReportsTheFourthSourcePerSystem()
    {
        var input = new { input = new { email = "new.starter@example.com", firstName = "New", lastName = "Starter", systems = new[] { "PEOPLE_V3", "HR_SYSTEM" } } };
        const string Onboard = $$"""
            mutation($input: OnboardPersonInput!) { onboardPerson(input: $input) {
                person { accounts { source } } {{CrossSystemAssertions.Results}} errors { ... on Error { message } } } }
            """;

        var first = await gateway.QueryAsync(Onboard, input);
        var second = await gateway.QueryAsync(Onboard, input);

        Assert.Equal(["PEOPLE_V3:DONE", "HR_SYSTEM:DONE"], CrossSystemAssertions.Statuses(first.EnsureNoErrors(), "onboardPerson"));
        Assert.Equal(["PEOPLE_V3", "HR_SYSTEM"], Sources(first.At("onboardPerson.person.accounts")));
        Assert.Equal(["PEOPLE_V3:ALREADY_DONE", "HR_SYSTEM:ALREADY_DONE"], CrossSystemAssertions.Statuses(second.EnsureNoErrors(), "onboardPerson"));
    }

    private static List<string?> Sources(JsonElement list) =>
        list.EnumerateArray().Select(a => a.GetProperty("source").GetString()).ToList();
}
