using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Emulators.Seeding;

namespace Gateway.Tests.Security;

/// <summary>Provenance shows every system's value: of a PII field only to <c>people:pii</c>; resolving needs <c>people:write</c>.</summary>
public sealed class ProvenanceScopeTests(JwtFixture gateway) : IClassFixture<JwtFixture>
{
    private static string Sources(string field) =>
        $$"""{ personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { email sources(field: {{field}}) { source value } } }""";

    [Theory]
    [InlineData("PHONE")]
    [InlineData("ADDRESS")]
    public async Task PiiFieldWithoutPiiScope_SourcesRefused_RestOfThePersonResolves(string field)
    {
        var body = await QueryAsync(Sources(field), "people:read");

        var person = body.GetProperty("data").GetProperty("personByEmail");
        Assert.Equal(EmulatorSeed.AnchorEmail, person.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, person.GetProperty("sources").ValueKind);
        var refused = Assert.Single(body.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("people:pii", refused.GetProperty("message").GetString());
    }

    [Fact]
    public async Task PiiFieldWithPiiScope_Resolves()
    {
        var body = await QueryAsync(Sources("PHONE"), "people:read people:pii");

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(3, body.GetProperty("data").GetProperty("personByEmail").GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task OtherFieldWithReadScope_Resolves()
    {
        var body = await QueryAsync(Sources("TITLE") + " ", "people:read");

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
    }

    [Fact]
    public async Task ResolveWithoutWriteScope_RefusedBeforeAnyUpstreamCall()
    {
        await gateway.Control.ResetAsync();
        const string mutation = """
            mutation { resolvePersonConflict(input: { email: "elena.martinez@zillum.com", field: ACTIVE, systems: [ZOHO_PROJECTS] }) { results { status } } }
            """;

        var body = await QueryAsync(mutation, "people:read people:pii");

        var error = Assert.Single(body.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task ResolveWithWriteScope_Runs()
    {
        // Already suspended in People v3: nothing to write, so other tests of this fixture see the seed unchanged.
        const string mutation = """
            mutation { resolvePersonConflict(input: { email: "elena.martinez@zillum.com", field: ACTIVE, value: "false", systems: [PEOPLE_V3] }) { results { system status } } }
            """;

        var body = await QueryAsync(mutation, "people:write");

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("ALREADY_DONE", body.GetProperty("data").GetProperty("resolvePersonConflict").GetProperty("results")[0].GetProperty("status").GetString());
    }

    private async Task<JsonElement> QueryAsync(string query, string scope)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", JwtFixture.Token(scope));
        using var response = await gateway.Client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
