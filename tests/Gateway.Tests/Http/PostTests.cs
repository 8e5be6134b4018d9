using System.Net.Http.Headers;
using System.Text;

namespace Gateway.Tests.Http;

public sealed class PostTests(EndpointHost host) : IClassFixture<EndpointHost>
{
    [Fact]
    public async Task JsonQuery_200WithData()
    {
        using var response = await host.PostJsonAsync("""{"query":"{ hello numbers }"}""");

        await ResponseAssert.IsAsync(response, 200, """{"data":{"hello":"world","numbers":[1,2,3]}}""");
    }

    [Fact]
    public async Task VariablesAndOperationName_Applied()
    {
        using var response = await host.PostJsonAsync(
            """{"query":"query A { hello } query B($t: String!) { echo(text: $t) }","operationName":"B","variables":{"t":"hi"},"extensions":{"x":1}}""");

        await ResponseAssert.IsAsync(response, 200, """{"data":{"echo":"hi"}}""");
    }

    [Fact]
    public async Task GraphQLMediaTypeBody_IsTheQuery()
    {
        using var response = await host.PostAsync(new StringContent("{ hello }", Encoding.UTF8, "application/graphql"));

        await ResponseAssert.IsAsync(response, 200, """{"data":{"hello":"world"}}""");
    }

    [Fact]
    public async Task Mutation_Executes()
    {
        var before = host.Counter.Mutations;

        using var response = await host.PostJsonAsync("""{"query":"mutation { increment }"}""");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(before + 1, host.Counter.Mutations);
    }

    [Theory]
    [InlineData("NONSENSE", "JSON_INVALID", "The request body is not valid JSON.")]
    [InlineData("""{"query":""", "JSON_INVALID", "The request body is not valid JSON.")]
    [InlineData("\"{ hello }\"", "JSON_INVALID", "The request body must be a JSON object, or an array of them for a batch.")]
    [InlineData("""{"qeury":"{__typename}"}""", "QUERY_MISSING", "The request has no GraphQL query, and names no persisted operation (documentId, id or extensions.persistedQuery).")]
    [InlineData("""{"query":""}""", "QUERY_MISSING", "The request has no GraphQL query, and names no persisted operation (documentId, id or extensions.persistedQuery).")]
    [InlineData("""{"query":"{ hello }","variables":[7]}""", "VARIABLES_INVALID", "'variables' must be a JSON object.")]
    [InlineData("""{"query":"{ hello }","extensions":"x"}""", "EXTENSIONS_INVALID", "'extensions' must be a JSON object.")]
    [InlineData("""{"query":123}""", "JSON_INVALID", "'query' must be a string.")]
    [InlineData("""{"query":"{ hello }","operationName":7}""", "JSON_INVALID", "'operationName' must be a string.")]
    public async Task MalformedBody_400AndNothingRuns(string body, string code, string message)
    {
        foreach (var (accept, contentType) in new[] { ("application/graphql-response+json", ResponseAssert.GraphQLResponseJson), ("application/json", ResponseAssert.Json) })
        {
            var resolvedBefore = host.Counter.Resolved;

            using var response = await host.PostJsonAsync(body, accept);

            await ResponseAssert.IsAsync(response, 400, ResponseAssert.Error(code, message), contentType);
            Assert.Equal(resolvedBefore, host.Counter.Resolved);
        }
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=utf-16")]
    public async Task OtherContentType_415AndMutationNeverRuns(string contentType)
    {
        var before = host.Counter.Mutations;
        var content = new StringContent("""{"query":"mutation { increment }"}""");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await host.PostAsync(content);

        var expected = ResponseAssert.Error("INVALID_CONTENT_TYPE", $"Content-Type '{contentType}' is not supported; use 'application/json' or 'application/graphql'.");
        await ResponseAssert.IsAsync(response, 415, expected);
        Assert.Equal(before, host.Counter.Mutations);
    }

    [Fact]
    public async Task NoContentType_415()
    {
        using var response = await host.PostAsync(new ByteArrayContent("{}"u8.ToArray()));

        Assert.Equal(415, (int)response.StatusCode);
    }

    [Fact]
    public async Task ResolverThrows_200WithoutDetails()
    {
        using var response = await host.PostJsonAsync("""{"query":"{ boom hello }"}""");

        await ResponseAssert.IsAsync(
            response,
            200,
            """{"errors":[{"message":"Error trying to resolve field \u0027boom\u0027.","locations":[{"line":1,"column":3}],"path":["boom"],"extensions":{"code":"INVALID_OPERATION","codes":["INVALID_OPERATION"]}}],"data":{"boom":null,"hello":"world"}}""");
    }

    [Fact]
    public async Task ResolverThrowsWithExposeExceptionDetails_MessageOnly()
    {
        await using var exposing = await EndpointHost.StartAsync(("ExposeExceptionDetails", "true"));

        using var response = await exposing.PostJsonAsync("""{"query":"{ boom }"}""");

        await ResponseAssert.IsAsync(
            response,
            200,
            """{"errors":[{"message":"secret upstream detail","locations":[{"line":1,"column":3}],"path":["boom"],"extensions":{"code":"INVALID_OPERATION","codes":["INVALID_OPERATION"]}}],"data":{"boom":null}}""");
    }

    [Fact]
    public async Task UserScopeAndCancellation_FromTheHttpRequest()
    {
        using var response = await host.PostJsonAsync("""{"query":"{ me inRequestScope cancellable }"}""");

        await ResponseAssert.IsAsync(response, 200, """{"data":{"me":"ada","inRequestScope":true,"cancellable":true}}""");
    }
}
