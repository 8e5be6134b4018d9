using Gateway.Testing;

namespace Gateway.EndToEnd.Tests;

/// <summary>A gateway whose Zoho token is wrong: Zoho's data is missing with UPSTREAM_UNAUTHORIZED, the rest is served.</summary>
public sealed class WrongCredentialsTests(WrongCredentialsTests.Fixture gateway) : IClassFixture<WrongCredentialsTests.Fixture>
{
    public sealed class Fixture : GatewayFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["Upstreams:ZohoProjects:AccessToken"] = "wrong-token" };
    }

    [Fact]
    public async Task WrongZohoToken_IsUnauthorizedForZohoOnly()
    {
        var response = await gateway.QueryAsync("{ people(first: 5) { totalCount } }");

        Assert.True(response.At("people.totalCount").GetInt32() > 0);
        var error = Assert.Single(response.Errors);
        Assert.Equal("UPSTREAM_UNAUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("wrong-token", response.Body);
    }
}
