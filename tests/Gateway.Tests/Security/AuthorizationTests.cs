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
    public async Task TokenExpired60SecondsAgo_401()
    {
        using var response = await SendAsync(PersonQuery, JwtFixture.Token("people:read", expires: DateTime.UtcNow.AddSeconds(-60)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenExpired10SecondsAgo_AcceptedWithinTheDefaultSkewOf30Seconds()
    {
        using var response = await SendAsync(PersonQuery, JwtFixture.Token("people:read", expires: DateTime.UtcNow.AddSeconds(-10)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
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

    [Fact]
    public async Task MutationWithReadScopeOnly_RefusedBeforeAnyUpstreamCall()
    {
        await gateway.Control.ResetAsync();
        const string mutation = """mutation { inviteUser(input: { email: "scoped@zillum.com" }) { person { email } } }""";

        var (status, body) = await QueryAsync(mutation, "people:read people:pii");

        Assert.Equal(HttpStatusCode.OK, status);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task MutationWithWriteScope_Runs()
    {
        const string mutation = """mutation { inviteUser(input: { email: "writer.scope@zillum.com", role: "reader" }) { person { email } errors { __typename } } }""";

        var (status, body) = await QueryAsync(mutation, "people:read people:write");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("writer.scope@zillum.com", body.GetProperty("data").GetProperty("inviteUser").GetProperty("person").GetProperty("email").GetString());
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
