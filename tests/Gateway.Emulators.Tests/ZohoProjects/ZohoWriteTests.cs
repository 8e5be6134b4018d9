using System.Net;
using System.Text.Json;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.ZohoProjects;

public sealed class ZohoWriteTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string SecondProject = "170876000004464097";
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    [Fact]
    public async Task AddUsers_CreatesPortalUsersAndMembersWithStringRate()
    {
        var first = $"zoho.a.{Guid.NewGuid():N}@zillum.com";
        var second = $"zoho.b.{Guid.NewGuid():N}@zillum.com";
        var form = new Dictionary<string, string> { ["email"] = $"{first}, {second}", ["role"] = "contractor", ["rate"] = "20.75" };

        var (response, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{SecondProject}/users/"), form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var users = body.GetProperty("users").EnumerateArray().ToList();
        Assert.Equal(2, users.Count);
        Assert.All(users, u => JsonShape.AssertMatches(JsonShape.Sample("zoho-add-users.json").GetProperty("users")[0], u));
        Assert.All(users, u => Assert.Equal("20.750", u.GetProperty("rate").GetString()));
        Assert.All(users, u => Assert.Equal("contractor", u.GetProperty("role").GetString()));
        var members = await UsersAsync($"projects/{SecondProject}/users/");
        Assert.Contains(members, m => m.GetProperty("email").GetString() == first && m.GetProperty("rate").GetString() == "20.750");
        var portal = await UsersAsync("users/");
        Assert.Contains(portal, p => p.GetProperty("email").GetString() == second && p.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task AddExistingMember_ReturnsItUnchangedWithoutDuplicate()
    {
        var email = $"zoho.dup.{Guid.NewGuid():N}@zillum.com";
        var add = new Dictionary<string, string> { ["email"] = email, ["role"] = "manager", ["rate"] = "30" };
        var (_, first) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{SecondProject}/users/"), add));
        var again = new Dictionary<string, string> { ["email"] = email.ToUpperInvariant(), ["role"] = "employee" };

        var (_, second) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{SecondProject}/users/"), again));

        Assert.Equal(first.GetProperty("users")[0].GetRawText(), second.GetProperty("users")[0].GetRawText());
        var members = await UsersAsync($"projects/{SecondProject}/users/");
        Assert.Single(members, m => string.Equals(m.GetProperty("email").GetString(), email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ParametersInTheQueryString_AreAcceptedToo()
    {
        var email = $"zoho.query.{Guid.NewGuid():N}@zillum.com";

        var (response, body) = await _calls.SendAsync(_calls.Zoho(
            HttpMethod.Post, _calls.ZohoPortal($"projects/{SecondProject}/users/?email={Uri.EscapeDataString(email)}&role=employee")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(email, body.GetProperty("users")[0].GetProperty("email").GetString());
        Assert.Equal("0.000", body.GetProperty("users")[0].GetProperty("rate").GetString());
    }

    [Fact]
    public async Task UpdateUser_ChangesTheRoleVisibleInTheListing()
    {
        var email = $"zoho.upd.{Guid.NewGuid():N}@zillum.com";
        var (_, added) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{SecondProject}/users/"),
            new Dictionary<string, string> { ["email"] = email, ["role"] = "employee", ["rate"] = "12.5" }));
        var id = added.GetProperty("users")[0].GetProperty("id").GetString();

        var (response, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{SecondProject}/users/{id}/"),
            new Dictionary<string, string> { ["role"] = "manager" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = body.GetProperty("users")[0];
        JsonShape.AssertMatches(JsonShape.Sample("zoho-update-user.json").GetProperty("users")[0], updated);
        Assert.Equal("manager", updated.GetProperty("role").GetString());
        Assert.Equal("12.500", updated.GetProperty("rate").GetString());
        var members = await UsersAsync($"projects/{SecondProject}/users/");
        Assert.Equal("manager", members.Single(m => m.GetProperty("id").GetString() == id).GetProperty("role").GetString());
    }

    [Fact]
    public async Task DeactivateThenActivate_ChangesPortalAndProjectListings()
    {
        var email = $"zoho.act.{Guid.NewGuid():N}@zillum.com";
        var (_, added) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{SecondProject}/users/"),
            new Dictionary<string, string> { ["email"] = email, ["role"] = "employee" }));
        var id = added.GetProperty("users")[0].GetProperty("id").GetString()!;

        var (deactivated, deactivatedBody) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal("users/activate/"),
            new Dictionary<string, string> { ["deactivate"] = id }));

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(JsonShape.Sample("zoho-deactivate.json")), JsonSerializer.Serialize(deactivatedBody));
        Assert.Contains(await UsersAsync("users/?usertype=Inactive"), u => u.GetProperty("id").GetString() == id);
        Assert.Contains(await UsersAsync($"projects/{SecondProject}/users/?usertype=Inactive"), u => u.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(await UsersAsync($"projects/{SecondProject}/users/"), u => u.GetProperty("id").GetString() == id);

        var (activated, activatedBody) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal("users/activate/"),
            new Dictionary<string, string> { ["activate"] = id }));

        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(JsonShape.Sample("zoho-activate.json")), JsonSerializer.Serialize(activatedBody));
        Assert.Contains(await UsersAsync("users/"), u => u.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task AvailCount_DropsWhenANewPortalUserIsAdded()
    {
        var before = await AvailableAsync();
        await _calls.SendAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{SecondProject}/users/"),
            new Dictionary<string, string> { ["email"] = $"zoho.seat.{Guid.NewGuid():N}@zillum.com", ["role"] = "employee" }));

        Assert.Equal(before - 1, await AvailableAsync());
    }

    private async Task<int> AvailableAsync()
    {
        var (_, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/availcount/")));
        return int.Parse(body.GetProperty("available_user_count").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<JsonElement>> UsersAsync(string relative)
    {
        var (response, body) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal(relative)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body.GetProperty("users").EnumerateArray().ToList();
    }
}
