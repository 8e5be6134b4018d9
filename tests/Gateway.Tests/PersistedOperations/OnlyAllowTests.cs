using System.Net;
using Gateway.PersistedOperations;
using static Gateway.Tests.PersistedOperations.PersistedOperationsFixture;

namespace Gateway.Tests.PersistedOperations;

/// <summary><c>PersistedOperations:OnlyAllow=true</c>: manifest operations run, nothing else reaches an upstream.</summary>
public sealed class OnlyAllowTests(OnlyAllowFixture gateway) : IClassFixture<OnlyAllowFixture>
{
    private const string Unknown = "{ people(first: 1) { nodes { email } } }";

    [Fact]
    public async Task UnknownText_RefusedWithZeroUpstreamCalls()
    {
        var before = (await gateway.Control.GetStatsAsync()).Total;

        var response = await gateway.PostAsync(new { query = Unknown });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(PersistedOperationError.RequiredCode, Code(response));
        Assert.Contains("PersistedOperations:OnlyAllow", response.Errors.Single().GetProperty("message").GetString());
        Assert.Equal(before, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task AutomaticRegistration_RefusedWithZeroUpstreamCalls()
    {
        var before = (await gateway.Control.GetStatsAsync()).Total;
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = OperationHash.Of(Unknown) } };

        var response = await gateway.PostAsync(new { query = Unknown, extensions });

        Assert.Equal(PersistedOperationError.RequiredCode, Code(response));
        Assert.Equal(before, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task ManifestOperation_RunsByIdByHashAndByText()
    {
        var byId = await gateway.PostAsync(new { documentId = "sha256:" + OperationHash.Of(People), variables = new { n = 1 } });
        var byApq = await gateway.PostAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = OperationHash.Of(People) } }, variables = new { n = 1 } });
        var byText = await gateway.PostAsync(new { query = People, variables = new { n = 1 } });

        Assert.Equal(1, byId.EnsureNoErrors().At("people.nodes").GetArrayLength());
        Assert.Equal(byId.Body, byApq.EnsureNoErrors().Body);
        Assert.Equal(byId.Body, byText.EnsureNoErrors().Body);
    }

    [Fact]
    public async Task PlaygroundInDevelopment_MaySendText()
    {
        var playground = new Uri(gateway.Client.BaseAddress!, "/graphql/").ToString();

        var response = await gateway.PostAsync(new { query = Unknown }, referer: playground);

        Assert.Equal(1, response.EnsureNoErrors().At("people.nodes").GetArrayLength());
    }
}
