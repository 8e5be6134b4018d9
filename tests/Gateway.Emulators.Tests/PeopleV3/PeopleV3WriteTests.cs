using System.Net;
using System.Text.Json;
using Gateway.Emulators.Seeding;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.PeopleV3;

public sealed class PeopleV3WriteTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    [Fact]
    public async Task CreateWithTheContractBody_Returns201LocationAndAPersonVisibleLater()
    {
        var body = JsonShape.Sample("peoplev3-create-body.json").GetRawText()
            .Replace("stella.altois@email.com", $"stella.{Guid.NewGuid():N}@email.com", StringComparison.Ordinal);

        var (response, person) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Post, "people", body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonShape.AssertMatches(JsonShape.Sample("peoplev3-person.json"), person);
        Assert.Equal(90391275, person.GetProperty("role").GetProperty("id").GetInt64());
        Assert.Equal("SA", person.GetProperty("initials").GetString());
        var id = person.GetProperty("id").GetInt64();
        Assert.Equal($"/peoplev3/v3/people/{id}", response.Headers.Location!.OriginalString);
        var (_, fetched) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, $"people/{id}"));
        Assert.Equal(person.GetRawText(), fetched.GetRawText());
    }

    [Fact]
    public async Task Update_ReturnsThePersonAndChangesLaterReads()
    {
        var created = await CreateAsync($"upd.{Guid.NewGuid():N}@email.com");
        var id = created.GetProperty("id").GetInt64();
        var email = created.GetProperty("email").GetString();

        var (response, updated) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Put, $"people/{id}",
            new { first_name = "Stella", last_name = "Artois", email, role = "903912753", language = "fr", title = "Director", groups = new[] { 33838232L }, suspended = true }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Artois", updated.GetProperty("last_name").GetString());
        Assert.Equal("Director", updated.GetProperty("title").GetString());
        Assert.Equal(903912753, updated.GetProperty("role").GetProperty("id").GetInt64());
        Assert.True(updated.GetProperty("suspended").GetBoolean());
        Assert.Equal([33838232L], updated.GetProperty("groups").EnumerateArray().Select(g => g.GetInt64()));
        var (_, fetched) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, $"people/{id}"));
        Assert.Equal(updated.GetRawText(), fetched.GetRawText());
    }

    [Fact]
    public async Task Delete_Returns204AndThePersonIsGone()
    {
        var id = (await CreateAsync($"del.{Guid.NewGuid():N}@email.com")).GetProperty("id").GetInt64();

        var (response, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Delete, $"people/{id}"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (again, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, $"people/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var (deleteAgain, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Delete, $"people/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
    }

    [Theory]
    [InlineData("{\"first_name\":")]
    [InlineData("NONSENSE")]
    [InlineData("[1,2]")]
    public async Task InvalidJson_Is400WithMessage(string raw)
    {
        var (response, body) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Post, "people", raw));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.String, body.GetProperty("message").ValueKind);
    }

    [Theory]
    [InlineData("{\"first_name\":\"A\"}", "email")]
    [InlineData("{\"email\":\"not-an-email\"}", "email")]
    [InlineData("{\"email\":\"ok@email.com\",\"role\":\"123\"}", "role")]
    [InlineData("{\"email\":\"ok@email.com\",\"role\":\"admin\"}", "role")]
    [InlineData("{\"email\":\"ok@email.com\",\"language\":\"xx\"}", "language")]
    [InlineData("{\"email\":\"ok@email.com\",\"groups\":[1]}", "groups")]
    [InlineData("{\"email\":\"ok@email.com\",\"groups\":\"33838231\"}", "groups")]
    [InlineData("{\"email\":42}", "email")]
    public async Task InvalidValues_Are422WithFieldErrors(string raw, string field)
    {
        var (response, body) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Post, "people", raw));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(JsonValueKind.String, body.GetProperty("message").ValueKind);
        Assert.Equal(JsonValueKind.String, body.GetProperty("errors").GetProperty(field)[0].ValueKind);
    }

    [Fact]
    public async Task DuplicateEmailInAnotherCase_Is422()
    {
        var (response, body) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Post, "people",
            new { first_name = "P", last_name = "B", email = EmulatorSeed.AnchorEmail, role = "90391275" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task UpdateOfUnknownPerson_Is404()
    {
        var (response, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Put, "people/1", new { email = "x@email.com" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WritesWithoutToken_Are403AndChangeNothing()
    {
        var email = $"forbidden.{Guid.NewGuid():N}@email.com";
        var request = _calls.PeopleV3(HttpMethod.Post, "people", new { email }, token: "nope");

        var (response, _) = await _calls.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var (_, people) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"));
        Assert.DoesNotContain(people.EnumerateArray(), p => p.GetProperty("email").GetString() == email);
    }

    private async Task<JsonElement> CreateAsync(string email)
    {
        var (response, person) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Post, "people",
            new { first_name = "Stella", last_name = "Altois", email, role = "90391275", language = "en" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return person;
    }
}
