using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Emulators.Seeding;

namespace Gateway.Tests.Security;

/// <summary>JWT bearer: no valid token is 401; each missing scope nulls exactly the fields it guards.</summary>
public sealed class AuthorizationTests(JwtFixture gateway) : IClassFixture<JwtFixture>
{
    private static readonly string PersonQuery =
        $$"""{ personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { email displayName phones { mobile main } addresses chats { value } otherContacts } }""";

    [Fact]
    public async Task NoToken_401WithChallenge()
    {
        using var response = await SendAsync(PersonQuery, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task TokenSignedWithAnotherKey_401()
    {
        using var response = await SendAsync(PersonQuery, JwtFixture.Token("people:read", "another-key-of-at-least-32-bytes-long!!"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ReadWithoutPii_PersonWithoutPhonesAndAddresses()
    {
        var (status, body) = await QueryAsync(PersonQuery, "people:read");

        Assert.Equal(HttpStatusCode.OK, status);
        var person = body.GetProperty("data").GetProperty("personByEmail");
        Assert.Equal(EmulatorSeed.AnchorEmail, person.GetProperty("email").GetString());
        foreach (var field in new[] { "phones", "addresses", "chats", "otherContacts" })
            Assert.Equal(JsonValueKind.Null, person.GetProperty(field).ValueKind);
        var refused = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.All(refused, e => Assert.Equal("AUTH_NOT_AUTHORIZED", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(
            ["addresses", "chats", "otherContacts", "phones"],
            refused.Select(e => e.GetProperty("path")[1].GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadWithPii_EverythingResolves()
    {
        var (status, body) = await QueryAsync(PersonQuery, "people:read people:pii");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(JsonValueKind.Object, body.GetProperty("data").GetProperty("personByEmail").GetProperty("phones").ValueKind);
    }

    [Fact]
    public async Task TokenWithoutReadScope_RootFieldRefused()
    {
        var (status, body) = await QueryAsync(PersonQuery, "people:pii");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("personByEmail").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> QueryAsync(string query, string scope)
    {
        using var response = await SendAsync(query, JwtFixture.Token(scope));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private Task<HttpResponseMessage> SendAsync(string query, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return gateway.Client.SendAsync(request);
    }
}
