using System.Net;
using Gateway.Testing;

namespace Gateway.Tests.Cors;

public sealed class CorsFixture : GatewayFixture
{
    public const string Allowed = "https://app.example.com";

    protected override string Environment => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Auth:Mode"] = "None",
        ["Cors:AllowedOrigins:0"] = Allowed,
        ["Cors:PreflightMaxAge"] = "00:30:00",
    };
}

/// <summary>The headers a browser decides by; the browser itself is in the playground tests.</summary>
public sealed class CorsTests(CorsFixture gateway) : IClassFixture<CorsFixture>
{
    [Fact]
    public async Task PreflightFromAllowedOrigin_AllowsTheGraphQLHeadersAndIsCached()
    {
        using var response = await PreflightAsync(CorsFixture.Allowed, "authorization,content-type,graphql-preflight");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(CorsFixture.Allowed, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", headers);
        Assert.Contains("graphql-preflight", headers);
        Assert.Equal("1800", response.Headers.GetValues("Access-Control-Max-Age").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task OtherOrigin_NoCorsHeaders()
    {
        using var preflight = await PreflightAsync("https://evil.example.net", "content-type");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("Origin", "https://evil.example.net");
        using var simple = await gateway.Client.SendAsync(request);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(simple.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await gateway.Client.SendAsync(request);
    }
}
