using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Tests.Security;

/// <summary>A mutation payload is a way to read the graph: its data fields need the scopes the same data needs in a query.</summary>
public sealed class PayloadScopeTests(JwtFixture gateway) : IClassFixture<JwtFixture>
{
    [Fact]
    public async Task WriteOnlyToken_WriteRuns_ButThePayloadPersonIsRefused()
    {
        const string mutation = """
            mutation { inviteUser(input: { email: "write.only@zillum.com", role: "reader" }) { person { email displayName } errors { __typename } } }
            """;

        var body = await QueryAsync(mutation, "people:write");

        var payload = body.GetProperty("data").GetProperty("inviteUser");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("person").ValueKind);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var refused = Assert.Single(body.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["inviteUser", "person"], refused.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("people:read", refused.GetProperty("message").GetString());
    }

    [Fact]
    public async Task WriteOnlyToken_TypedErrorsStillExplainAFailedWrite()
    {
        const string mutation = """mutation { inviteUser(input: { email: "not-an-email" }) { person { email } errors { __typename } } }""";

        var body = await QueryAsync(mutation, "people:write");

        Assert.Equal("InvalidEmailError", body.GetProperty("data").GetProperty("inviteUser").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task WriteAndReadToken_PayloadPersonResolves()
    {
        const string mutation = """mutation { inviteUser(input: { email: "write.read@zillum.com", role: "reader" }) { person { email } } }""";

        var body = await QueryAsync(mutation, "people:read people:write");

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("write.read@zillum.com", body.GetProperty("data").GetProperty("inviteUser").GetProperty("person").GetProperty("email").GetString());
    }

    private async Task<JsonElement> QueryAsync(string query, string scope)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", JwtFixture.Token(scope));
        using var response = await gateway.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
