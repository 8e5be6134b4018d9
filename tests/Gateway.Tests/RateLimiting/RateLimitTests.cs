using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Testing;
using Gateway.Tests.Security;
using Microsoft.AspNetCore.Http;

namespace Gateway.Tests.RateLimiting;

/// <summary>Three requests per client per minute, so a test can reach the limit quickly.</summary>
public sealed class RateLimitedFixture : GatewayFixture
{
    public const int PermitLimit = 3;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["RateLimiting:PermitLimit"] = PermitLimit.ToString(),
        ["RateLimiting:Window"] = "00:01:00",
    };

    /// <summary>POSTs <c>{ __typename }</c> as if from <paramref name="address"/>.</summary>
    public async Task<HttpContext> PostFromAsync(string address, string path = "/graphql") =>
        await Factory.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = path;
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream("""{"query":"{ __typename }"}"""u8.ToArray());
        });
}

public sealed class RateLimitedJwtFixture : JwtFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["RateLimiting:PermitLimit"] = RateLimitedFixture.PermitLimit.ToString(),
        ["RateLimiting:Window"] = "00:01:00",
    };
}

public sealed class RateLimitByAddressTests(RateLimitedFixture gateway) : IClassFixture<RateLimitedFixture>
{
    [Fact]
    public async Task RequestOverTheLimit_429WithRetryAfterAndGraphQLError_OtherAddressUnaffected()
    {
        for (var i = 0; i < RateLimitedFixture.PermitLimit; i++)
            Assert.Equal(200, (await gateway.PostFromAsync("198.51.100.1")).Response.StatusCode);

        var limited = await gateway.PostFromAsync("198.51.100.1");
        var other = await gateway.PostFromAsync("198.51.100.2");

        Assert.Equal(429, limited.Response.StatusCode);
        var retryAfter = int.Parse(limited.Response.Headers.RetryAfter.ToString());
        Assert.InRange(retryAfter, 1, 60);
        using var body = JsonDocument.Parse(limited.Response.Body);
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(retryAfter, error.GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal(200, other.Response.StatusCode);
    }

    [Fact]
    public async Task HealthAndPlaygroundFiles_NotLimited()
    {
        for (var i = 0; i <= RateLimitedFixture.PermitLimit; i++)
            await gateway.PostFromAsync("198.51.100.3");

        var health = await gateway.Factory.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.3");
            c.Request.Path = "/health/live";
        });
        var playground = await gateway.Factory.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.3");
            c.Request.Path = "/graphql/bcp-config.json";
        });

        Assert.Equal(429, (await gateway.PostFromAsync("198.51.100.3")).Response.StatusCode);
        Assert.Equal(200, health.Response.StatusCode);
        Assert.Equal(200, playground.Response.StatusCode);
    }
}

public sealed class RateLimitBySubjectTests(RateLimitedJwtFixture gateway) : IClassFixture<RateLimitedJwtFixture>
{
    [Fact]
    public async Task TokenSubjectIsTheClient_AnotherSubjectUnaffected()
    {
        var ada = JwtFixture.Token("people:read", subject: "ada");
        var grace = JwtFixture.Token("people:read", subject: "grace");

        for (var i = 0; i < RateLimitedFixture.PermitLimit; i++)
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(ada)).StatusCode);

        using var limited = await PostAsync(ada);
        using var other = await PostAsync(grace);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return gateway.Client.SendAsync(request);
    }
}
