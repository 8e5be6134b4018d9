using System.Net;
using System.Text;
using Gateway.Testing;

namespace Gateway.Tests.Security;

/// <summary>A mutation never runs from a request a browser can send cross-site without a preflight.</summary>
public sealed class CsrfTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Mutation = "mutation { __typename }";

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data")]
    public async Task MutationPostedAsSimpleRequest_415AndNoUpstreamCall(string contentType)
    {
        await gateway.Control.ResetAsync();
        var body = contentType == "text/plain" ? $$"""{"query":"{{Mutation}}"}""" : "query=" + Uri.EscapeDataString(Mutation);

        using var response = await gateway.Client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task MutationFromGet_405AndNoUpstreamCall()
    {
        await gateway.Control.ResetAsync();

        using var response = await gateway.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(Mutation));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }
}
