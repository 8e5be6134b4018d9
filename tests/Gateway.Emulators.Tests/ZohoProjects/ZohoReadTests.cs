using System.Net;
using System.Text.Json;
using Gateway.Emulators.Seeding;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.ZohoProjects;

public sealed class ZohoReadTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string FirstProject = "170876000004463097";
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    [Fact]
    public async Task ProjectUsers_MatchSampleWithStringIdsAndRateAsStringWhenSet()
    {
        var (response, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal($"projects/{FirstProject}/users/?usertype=All")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var sample = JsonShape.Sample("zoho-project-users.json").GetProperty("users")[0];
        var withRate = JsonShape.Sample("zoho-add-users.json").GetProperty("users")[0];
        var users = body.GetProperty("users").EnumerateArray().ToList();
        Assert.True(users.Count >= 3);
        Assert.All(users, user => JsonShape.AssertMatches(sample, user, extensions: ["rate"]));
        Assert.Contains(users, u => u.TryGetProperty("rate", out _));
        Assert.All(users.Where(u => u.TryGetProperty("rate", out _)), u => Assert.Matches(@"^\d+\.\d{3}$", u.GetProperty("rate").GetString()));
        Assert.Equal(withRate.GetProperty("rate").ValueKind, users.First(u => u.TryGetProperty("rate", out _)).GetProperty("rate").ValueKind);
    }

    [Fact]
    public async Task ProjectUsers_AnchorIsInTheFirstTwoProjectsWithHerPaddedEmail()
    {
        foreach (var project in new[] { FirstProject, "170876000004464097" })
        {
            var (_, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal($"projects/{project}/users/")));

            Assert.Contains(body.GetProperty("users").EnumerateArray(), u => u.GetProperty("email").GetString() == EmulatorSeed.AnchorZohoEmail);
        }
    }

    [Fact]
    public async Task ProjectUsers_UserTypeFiltersActiveState()
    {
        var all = await UsersAsync($"projects/{FirstProject}/users/?usertype=All");
        var active = await UsersAsync($"projects/{FirstProject}/users/?usertype=Active");
        var inactive = await UsersAsync($"projects/{FirstProject}/users/?usertype=Inactive");
        var byDefault = await UsersAsync($"projects/{FirstProject}/users/");

        Assert.All(active, u => Assert.True(u.GetProperty("active").GetBoolean()));
        Assert.All(inactive, u => Assert.False(u.GetProperty("active").GetBoolean()));
        Assert.Equal(all.Count, active.Count + inactive.Count);
        Assert.Equal(active.Count, byDefault.Count);
    }

    [Fact]
    public async Task PortalUsers_MatchTheFixedSample()
    {
        var users = await UsersAsync("users/?usertype=All");

        var sample = JsonShape.Sample("zoho-portal-users.json").GetProperty("users")[0];
        Assert.All(users, user => JsonShape.AssertMatches(sample, user));
        Assert.Contains(users, u => !u.GetProperty("active").GetBoolean());
        Assert.Contains(users, u => u.GetProperty("email").GetString() == EmulatorSeed.AnchorZohoEmail);
    }

    [Fact]
    public async Task AvailCount_IsAStringCount()
    {
        var (response, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/availcount/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonShape.AssertMatches(JsonShape.Sample("zoho-availcount.json"), body);
        Assert.True(int.Parse(body.GetProperty("available_user_count").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Projects_HaveNumericIdAndStringIdString()
    {
        var (response, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("projects/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var projects = body.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(fixture.Host.Options.Projects, projects.Count);
        var first = projects[0];
        Assert.Equal(JsonValueKind.Number, first.GetProperty("id").ValueKind);
        Assert.Equal(FirstProject, first.GetProperty("id_string").GetString());
        Assert.Equal(170876000004463097L, first.GetProperty("id").GetInt64());
        Assert.Matches(@"^\d{2}-\d{2}-\d{4}$", first.GetProperty("created_date").GetString());
        Assert.Equal(JsonValueKind.Number, first.GetProperty("created_date_long").ValueKind);
        foreach (var name in new[] { "name", "status", "description", "owner_name" })
        {
            Assert.Equal(JsonValueKind.String, first.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public async Task PortalUsers_IndexAndRange_PageThroughWithoutOverlapAndEndEmpty()
    {
        var all = await UsersAsync("users/?usertype=All");
        var first = await UsersAsync("users/?usertype=All&index=1&range=5");
        var second = await UsersAsync("users/?usertype=All&index=6&range=5");
        var pastTheEnd = await UsersAsync($"users/?usertype=All&index={all.Count + 1}&range=5");

        Assert.Equal(Ids(all.Take(5)), Ids(first));
        Assert.Equal(Ids(all.Skip(5).Take(5)), Ids(second));
        Assert.Empty(pastTheEnd);
    }

    [Fact]
    public async Task ProjectUsers_AreAlsoPaged()
    {
        var all = await UsersAsync($"projects/{FirstProject}/users/?usertype=All");
        var rest = await UsersAsync($"projects/{FirstProject}/users/?usertype=All&index=2&range=200");

        Assert.Equal(Ids(all.Skip(1)), Ids(rest));
    }

    [Theory]
    [InlineData("range=201", "range")]
    [InlineData("range=0", "range")]
    [InlineData("index=0", "index")]
    [InlineData("index=x", "index")]
    public async Task PortalUsers_PagingOutsideTheLimits_InvalidParameter(string query, string parameter)
    {
        var (response, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal($"users/?{query}")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"Given value for the parameter {parameter} is invalid", body.GetProperty("error").GetProperty("message").GetString());
    }

    private static List<string?> Ids(IEnumerable<JsonElement> users) => users.Select(u => u.GetProperty("id").GetString()).ToList();

    private async Task<List<JsonElement>> UsersAsync(string relative)
    {
        var (response, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal(relative)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body.GetProperty("users").EnumerateArray().ToList();
    }
}
