using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.PersistedOperations;
using Gateway.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Tests.PersistedOperations.PersistedOperationsFixture;

namespace Gateway.Tests.PersistedOperations;

/// <summary>The three ways of naming a persisted operation, with ad-hoc text still allowed.</summary>
public sealed class PersistedOperationTests(OpenPersistedOperationsFixture gateway) : IClassFixture<OpenPersistedOperationsFixture>
{
    [Fact]
    public async Task DocumentId_RunsTheManifestOperation()
    {
        var response = await gateway.PostAsync(new { documentId = "sha256:" + OperationHash.Of(People), variables = new { n = 2 } });

        Assert.Equal(2, response.EnsureNoErrors().At("people.nodes").GetArrayLength());
    }

    [Fact]
    public async Task RelayId_RunsTheManifestOperation()
    {
        var response = await gateway.PostAsync(new { id = OperationHash.Of(People), variables = new { n = 1 } });

        Assert.Equal(1, response.EnsureNoErrors().At("people.nodes").GetArrayLength());
    }

    [Fact]
    public async Task UnknownDocumentId_RefusedWithoutUpstreamCalls()
    {
        var before = (await gateway.Control.GetStatsAsync()).Total;

        var response = await gateway.PostAsync(new { documentId = "sha256:" + new string('a', 64) });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(PersistedOperationError.DocumentNotFoundCode, Code(response));
        Assert.Equal(before, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Theory]
    [InlineData("sha256:xyz")]
    [InlineData("md5:0123")]
    public async Task MalformedDocumentId_Refused(string documentId)
    {
        var response = await gateway.PostAsync(new { documentId });

        Assert.Equal(PersistedOperationError.InvalidCode, Code(response));
    }

    [Fact]
    public async Task AutomaticPersistedQuery_NotFoundThenRegisteredThenHashOnly()
    {
        var query = $"query Apq {{ people(first: 1) {{ nodes {{ email }} }} }} # {Guid.NewGuid()}";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = OperationHash.Of(query) } };

        var unknown = await gateway.PostAsync(new { extensions });
        var registered = await gateway.PostAsync(new { query, extensions });
        var hashOnly = await gateway.PostAsync(new { extensions });

        Assert.Equal(PersistedOperationError.NotFoundCode, Code(unknown));
        Assert.Equal("PersistedQueryNotFound", unknown.Errors.Single().GetProperty("message").GetString());
        Assert.Equal(1, registered.EnsureNoErrors().At("people.nodes").GetArrayLength());
        Assert.Equal(registered.Body, hashOnly.EnsureNoErrors().Body);
    }

    [Fact]
    public async Task AutomaticPersistedQuery_HashThatDoesNotMatchTheText_RefusedAndNotRegistered()
    {
        var before = (await gateway.Control.GetStatsAsync()).Total;
        var claimed = OperationHash.Of("{ __typename }");
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = claimed } };

        var lying = await gateway.PostAsync(new { query = "{ people(first: 1) { nodes { email } } }", extensions });
        var after = await gateway.PostAsync(new { extensions });

        Assert.Equal(PersistedOperationError.HashMismatchCode, Code(lying));
        Assert.Equal(PersistedOperationError.NotFoundCode, Code(after));
        Assert.Equal(before, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task AutomaticPersistedQuery_OverGet()
    {
        var query = $"query ApqGet {{ upstreams {{ source }} }} # {Guid.NewGuid()}";
        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = OperationHash.Of(query) } });
        var hashOnly = $"/graphql?extensions={Uri.EscapeDataString(extensions)}";

        using var unknown = await gateway.Client.GetAsync(hashOnly);
        using var registered = await gateway.Client.GetAsync($"{hashOnly}&query={Uri.EscapeDataString(query)}");
        using var known = await gateway.Client.GetAsync(hashOnly);

        Assert.Contains(PersistedOperationError.NotFoundCode, await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Contains("\"upstreams\"", await known.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PersistedGet_CachedPrivatelyWithETag_304WhenUnchanged()
    {
        var url = $"/graphql?documentId=sha256:{OperationHash.Of(UpstreamList)}";

        using var first = await gateway.Client.GetAsync(url);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await gateway.Client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true, MaxAge: null }, first.Headers.CacheControl?.ToString());
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PostAndAdHocGet_NoStore()
    {
        using var post = await gateway.Client.PostAsync("/graphql", new StringContent(
            JsonSerializer.Serialize(new { documentId = "sha256:" + OperationHash.Of(UpstreamList) }), MediaTypeHeaderValue.Parse("application/json")));
        using var get = await gateway.Client.GetAsync($"/graphql?query={Uri.EscapeDataString(UpstreamList)}");

        Assert.Equal("no-store", post.Headers.CacheControl?.ToString());
        Assert.Equal("no-store", get.Headers.CacheControl?.ToString());
        Assert.Null(get.Headers.ETag);
    }

    [Fact]
    public async Task PersistedMutationOverGet_405()
    {
        using var response = await gateway.Client.GetAsync($"/graphql?documentId=sha256:{OperationHash.Of(Rename)}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task PersistedOperation_ParsedOnce_CostLimitStillPerRequest()
    {
        var store = gateway.Factory.Services.GetRequiredService<IPersistedOperationStore>();
        var id = "sha256:" + OperationHash.Of(People);

        (await gateway.PostAsync(new { documentId = id, variables = new { n = 1 } })).EnsureNoErrors();
        var document = (await store.FindAsync(OperationHash.Of(People), default))!.ValidatedDocument;
        (await gateway.PostAsync(new { documentId = id, variables = new { n = 2 } })).EnsureNoErrors();
        var tooCostly = await gateway.PostAsync(new { documentId = id, variables = new { n = 50 } });

        Assert.NotNull(document);
        Assert.Same(document, (await store.FindAsync(OperationHash.Of(People), default))!.ValidatedDocument);
        Assert.True(tooCostly.Errors.Count == 1, tooCostly.Body);
        Assert.Equal("COST_EXCEEDED", tooCostly.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
    }
}
