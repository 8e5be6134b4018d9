using System.Net;
using System.Text.Json;
using Gateway.Emulators.Seeding;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.PeopleV3;

public sealed class PeopleV3ReadTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    [Fact]
    public async Task People_MatchTheContractSampleFieldForField()
    {
        var (response, body) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sample = JsonShape.Sample("peoplev3-people.json")[0];
        var people = body.EnumerateArray().ToList();
        Assert.NotEmpty(people);
        Assert.All(people, person => JsonShape.AssertMatches(sample, person));
        Assert.All(people, person => Assert.EndsWith("+00:00", person.GetProperty("updated_at").GetString()));
        Assert.Contains(people, p => p.GetProperty("image_url").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Person_MatchesTheGetPersonSample()
    {
        var (_, people) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"));
        var id = people[0].GetProperty("id").GetInt64();

        var (response, person) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, $"people/{id}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonShape.AssertMatches(JsonShape.Sample("peoplev3-person.json"), person);
        Assert.Equal(people[0].GetRawText(), person.GetRawText());
    }

    [Fact]
    public async Task Anchor_IsFirstWithUpperCaseEmailAndOwnTitle()
    {
        var (_, people) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"));

        var anchor = people[0];
        Assert.Equal(EmulatorSeed.AnchorPeopleV3Email, anchor.GetProperty("email").GetString());
        Assert.Equal("Operations Lead", anchor.GetProperty("title").GetString());
        Assert.False(anchor.GetProperty("suspended").GetBoolean());
        Assert.NotEmpty(anchor.GetProperty("groups").EnumerateArray());
        Assert.NotEmpty(anchor.GetProperty("projects").EnumerateArray());
    }

    [Fact]
    public async Task GroupsRolesAndLanguages_AreListedAndReferencedByPeople()
    {
        var (_, groups) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "groups"));
        var (_, roles) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "roles"));
        var (_, languages) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "languages"));
        var (_, people) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"));

        var groupIds = groups.EnumerateArray().Select(g => g.GetProperty("id").GetInt64()).ToHashSet();
        var roleIds = roles.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToHashSet();
        var codes = languages.EnumerateArray().Select(l => l.GetProperty("code").GetString()).ToHashSet();
        Assert.Equal(fixture.Host.Options.Teams, groupIds.Count);
        Assert.Contains(903912753L, roleIds);
        Assert.Contains(90391275L, roleIds);
        Assert.Contains("en", codes);
        Assert.All(groups.EnumerateArray(), g => Assert.Equal(JsonValueKind.String, g.GetProperty("name").ValueKind));
        Assert.All(people.EnumerateArray(), p =>
        {
            Assert.Subset(groupIds, p.GetProperty("groups").EnumerateArray().Select(g => g.GetInt64()).ToHashSet());
            Assert.Contains(p.GetProperty("role").GetProperty("id").GetInt64(), roleIds);
            Assert.Contains(p.GetProperty("language").GetString(), codes);
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task InvalidAccess_Is403(string? token)
    {
        var request = _calls.PeopleV3(HttpMethod.Get, "people", token: token ?? "");
        if (token is null)
        {
            request.Headers.Authorization = null;
        }

        var (response, body) = await _calls.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Invalid access", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("people/1")]
    [InlineData("people/abc")]
    public async Task UnknownPerson_Is404(string relative)
    {
        var (response, body) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Person not found", body.GetProperty("message").GetString());
    }
}
