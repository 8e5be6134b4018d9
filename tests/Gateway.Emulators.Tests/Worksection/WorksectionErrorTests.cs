using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.Worksection;

public sealed class WorksectionErrorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    [Fact]
    public async Task WrongHash_IsAnErrorEnvelopeWithStatus200()
    {
        using var response = await fixture.Http.GetAsync(new Uri(fixture.Host.WorksectionBaseUrl, "?action=get_users&hash=0123456789abcdef0123456789abcdef"));

        await AssertErrorAsync(response, "hash");
    }

    [Fact]
    public async Task MissingHash_IsAnError()
    {
        using var response = await fixture.Http.GetAsync(new Uri(fixture.Host.WorksectionBaseUrl, "?action=get_users"));

        await AssertErrorAsync(response, "hash");
    }

    [Fact]
    public async Task HashOfAnotherKey_IsAnError()
    {
        var hash = Gateway.Emulators.Worksection.WorksectionHash.Compute("action=get_users", "another-key");

        using var response = await fixture.Http.GetAsync(new Uri(fixture.Host.WorksectionBaseUrl, $"?action=get_users&hash={hash}"));

        await AssertErrorAsync(response, "hash");
    }

    [Fact]
    public async Task UnknownAction_IsAnError()
    {
        using var response = await _calls.WorksectionAsync(("action", "get_everything"));

        await AssertErrorAsync(response, "action");
    }

    [Fact]
    public async Task MissingAction_IsAnError()
    {
        using var response = await _calls.WorksectionAsync(("page", "/project/1/2/"));

        await AssertErrorAsync(response, "action");
    }

    [Theory]
    [InlineData("add_user", "email")]
    [InlineData("add_contact", "email")]
    [InlineData("add_user_group", "title")]
    [InlineData("add_contact_group", "title")]
    [InlineData("subscribe", "email_user")]
    [InlineData("unsubscribe", "email_user")]
    public async Task MissingRequiredParameter_IsAnErrorNamingIt(string action, string parameter)
    {
        using var response = await _calls.WorksectionAsync(("action", action));

        await AssertErrorAsync(response, parameter);
    }

    [Theory]
    [InlineData("email", "not-an-email")]
    [InlineData("role", "owner")]
    [InlineData("role", "account admin")]
    [InlineData("group", "No Such Team")]
    public async Task AddUserWithInvalidValue_IsAnError(string parameter, string value)
    {
        var email = parameter == "email" ? value : $"invalid-{Guid.NewGuid():N}@example.com";
        var extra = parameter == "email" ? ("first_name", "X") : (parameter, value);

        using var response = await _calls.WorksectionAsync(("action", "add_user"), ("email", email), extra);

        await AssertErrorAsync(response, parameter == "group" ? "team" : parameter);
    }

    [Fact]
    public async Task AddContactWithoutName_IsAnError()
    {
        using var response = await _calls.WorksectionAsync(("action", "add_contact"), ("email", "someone@example.com"));

        await AssertErrorAsync(response, "name");
    }

    [Theory]
    [InlineData("patricia.boyle@zillum.com", "/project/140000/")]
    [InlineData("patricia.boyle@zillum.com", "project/140000/9100000/")]
    [InlineData("patricia.boyle@zillum.com", "/project/999/9100000/")]
    [InlineData("nobody@nowhere.example", "/project/140000/9100000/")]
    public async Task SubscribeWithUnknownUserOrPage_IsAnError(string email, string page)
    {
        using var response = await _calls.WorksectionAsync(("action", "subscribe"), ("email_user", email), ("page", page));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("error", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ErrorMessages_NeverEchoTheHashOrKey()
    {
        var url = _calls.WorksectionUrl(("action", "nope"));
        using var response = await fixture.Http.GetAsync(url);

        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(fixture.Host.Options.WorksectionApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(url.Query.Split("hash=")[1], text, StringComparison.Ordinal);
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, string messagePart)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("error", body.GetProperty("status").GetString());
        Assert.Contains(messagePart, body.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(body.TryGetProperty("data", out _));
    }
}
