using System.Net;
using Gateway.Testing;

namespace Gateway.Tests.Limits;

/// <summary>The caps hold for GET too, whose validation rules the endpoint sets per request.</summary>
public sealed class GetLimitsTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task DepthBombSentWithGet_RefusedWithMaxDepth()
    {
        await gateway.Control.ResetAsync();
        var query = "{ people(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("teams { members { ", 9)) + "email" + new string('}', 20) + " }";

        using var response = await gateway.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MAX_DEPTH_EXCEEDED", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }
}
