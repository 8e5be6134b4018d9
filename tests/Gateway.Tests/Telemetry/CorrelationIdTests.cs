using System.Net.Http.Json;
using Gateway.Testing;

namespace Gateway.Tests.Telemetry;

public sealed class CorrelationIdTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Header = "X-Correlation-Id";

    [Fact]
    public async Task IdSent_EchoedBack()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add(Header, "order-42.retry_1");

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal("order-42.retry_1", Assert.Single(response.Headers.GetValues(Header)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bad id with spaces")]
    public async Task NoIdOrMalformedId_OneGenerated(string? sent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        if (sent is not null)
            request.Headers.Add(Header, sent);

        using var response = await gateway.Client.SendAsync(request);

        var id = Assert.Single(response.Headers.GetValues(Header));
        Assert.NotEqual(sent, id);
        Assert.Matches("^[0-9a-f]{32}$", id);
    }
}
