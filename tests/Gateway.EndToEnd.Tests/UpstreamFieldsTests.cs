using System.Text.Json;
using Gateway.Emulators;
using Gateway.Emulators.Seeding;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests;

/// <summary>Fields the upstreams send that frontends use: People v3 profile fields, team types, Zoho seats, v3 roles and languages.</summary>
public sealed class UpstreamFieldsTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task AnchorPerson_PeopleV3ProfileFields_AreShown()
    {
        var response = await gateway.QueryAsync($$"""
            { personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { initials profileColor updatedAt lastActiveAt timezoneOffsetHours utcOffset } }
            """);

        var person = response.EnsureNoErrors().At("personByEmail");
        Assert.False(string.IsNullOrEmpty(person.GetProperty("initials").GetString()));
        Assert.Matches("^#[0-9a-fA-F]{6}$", person.GetProperty("profileColor").GetString());
        Assert.True(person.GetProperty("updatedAt").GetDateTimeOffset() >= new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var hours = person.GetProperty("timezoneOffsetHours").GetDecimal();
        Assert.Equal(Gateway.Graph.People.UtcOffset.Format(hours), person.GetProperty("utcOffset").GetString());
    }

    [Fact]
    public async Task Teams_WorksectionTypeAsSent_NullForPeopleV3Groups()
    {
        var response = await gateway.QueryAsync("{ teams(first: 50) { nodes { source kind upstreamType } } }");

        var teams = response.EnsureNoErrors().At("teams.nodes").EnumerateArray().ToList();
        Assert.All(teams.Where(t => t.GetProperty("source").GetString() == "WORKSECTION"), t => Assert.Equal("company", t.GetProperty("upstreamType").GetString()));
        Assert.All(teams.Where(t => t.GetProperty("source").GetString() == "PEOPLE_V3"), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("upstreamType").ValueKind));
        Assert.Contains(teams, t => t.GetProperty("kind").GetString() == "CLIENT");
    }

    [Fact]
    public async Task Upstreams_ZohoSeatsAvailable_FromAvailcount_OthersNull()
    {
        var response = await gateway.QueryAsync("{ upstreams { source reachable seatsAvailable } }");

        var upstreams = response.EnsureNoErrors().At("upstreams").EnumerateArray().ToDictionary(u => u.GetProperty("source").GetString()!);
        // The seeded portal's capacity is its active users plus 25.
        Assert.Equal(25, upstreams["ZOHO_PROJECTS"].GetProperty("seatsAvailable").GetInt32());
        Assert.Equal(JsonValueKind.Null, upstreams["WORKSECTION"].GetProperty("seatsAvailable").ValueKind);
        Assert.Equal(JsonValueKind.Null, upstreams["PEOPLE_V3"].GetProperty("seatsAvailable").ValueKind);
    }

    [Fact]
    public async Task PeopleV3RolesAndLanguages_OneCallEach_AndFillCreatePersonInput()
    {
        await gateway.Control.ResetAsync();
        var choices = await gateway.QueryAsync("{ peopleV3Roles { id name } peopleV3Languages { code name } }");
        var stats = await gateway.Control.GetStatsAsync();

        var roles = choices.EnsureNoErrors().At("peopleV3Roles").EnumerateArray().ToList();
        var languages = choices.At("peopleV3Languages").EnumerateArray().ToList();
        Assert.NotEmpty(roles);
        Assert.NotEmpty(languages);
        Assert.Equal(2, stats.Total);
        Assert.Equal(1, stats.Count(EmulatorUpstreams.PeopleV3, "GET /v3/roles"));
        Assert.Equal(1, stats.Count(EmulatorUpstreams.PeopleV3, "GET /v3/languages"));

        var created = await gateway.QueryAsync(
            "mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { accounts { role } } errors { __typename } } }",
            new { input = new { email = "role.pick@zillum.com", firstName = "Role", lastName = "Pick", roleId = roles[^1].GetProperty("id").GetString(), language = languages[^1].GetProperty("code").GetString() } });

        Assert.Equal(JsonValueKind.Null, created.EnsureNoErrors().At("createPerson.errors").ValueKind);
        Assert.Equal(roles[^1].GetProperty("name").GetString(), created.At("createPerson.person.accounts.0.role").GetString());
    }
}
