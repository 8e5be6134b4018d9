namespace Gateway.Tests.Http;

public sealed class MediaTypeTests(EndpointHost host) : IClassFixture<EndpointHost>
{
    private const string Hello = """{"query":"{ hello }"}""";

    [Theory]
    [InlineData("", ResponseAssert.Json)]
    [InlineData("*/*", ResponseAssert.Json)]
    [InlineData("application/*", ResponseAssert.Json)]
    [InlineData("application/graphql-response+json, */*", ResponseAssert.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json", ResponseAssert.GraphQLResponseJson)]
    [InlineData("application/json", ResponseAssert.Json)]
    [InlineData("application/json;charset=utf-8", ResponseAssert.Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", ResponseAssert.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", ResponseAssert.Json)]
    [InlineData("text/html, application/json;q=0.1", ResponseAssert.Json)]
    [InlineData("application/json;q=0, */*", ResponseAssert.GraphQLResponseJson)]
    public async Task Accept_PicksResponseMediaType(string? accept, string contentType)
    {
        using var response = await host.PostJsonAsync(Hello, accept);

        await ResponseAssert.IsAsync(response, 200, """{"data":{"hello":"world"}}""", contentType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0, text/html")]
    public async Task AcceptAllowsNeither_406AndNothingRuns(string accept)
    {
        var before = host.Counter.Mutations;

        using var response = await host.PostJsonAsync("""{"query":"mutation { increment }"}""", accept);

        await ResponseAssert.IsAsync(
            response,
            406,
            """{"errors":[{"message":"The Accept header must allow \u0027application/graphql-response\u002Bjson\u0027 or \u0027application/json\u0027.","extensions":{"code":"NOT_ACCEPTABLE","codes":["NOT_ACCEPTABLE"]}}]}""",
            ResponseAssert.Json);
        Assert.Equal(before, host.Counter.Mutations);
    }

    [Fact]
    public async Task ParseErrorWithGraphQLResponseJson_400WithoutData()
    {
        using var response = await host.PostJsonAsync("""{"query":"{"}""", "application/graphql-response+json");

        await ResponseAssert.IsAsync(response, 400, ParseError);
    }

    [Fact]
    public async Task ParseErrorWithJson_200WithErrors()
    {
        using var response = await host.PostJsonAsync("""{"query":"{"}""", "application/json");

        await ResponseAssert.IsAsync(response, 200, ParseError, ResponseAssert.Json);
    }

    [Theory]
    [InlineData("""{"query":"{ nope }"}""")]
    [InlineData("""{"query":"query A { hello }","operationName":"B"}""")]
    [InlineData("""{"query":"query($t: String!) { echo(text: $t) }"}""")]
    [InlineData("""{"query":"query($t: String!) { echo(text: $t) }","variables":{"t":5}}""")]
    public async Task NotExecutable_400WithGraphQLResponseJson200WithJson(string body)
    {
        using var strict = await host.PostJsonAsync(body, "application/graphql-response+json");
        using var legacy = await host.PostJsonAsync(body, "application/json");

        Assert.Equal(400, (int)strict.StatusCode);
        Assert.Equal(200, (int)legacy.StatusCode);
        var text = await strict.Content.ReadAsStringAsync();
        Assert.StartsWith("""{"errors":[""", text);
        Assert.DoesNotContain("\"data\"", text);
        Assert.Equal(text, await legacy.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FieldErrorWithGraphQLResponseJson_200WithData()
    {
        using var response = await host.PostJsonAsync("""{"query":"{ boom }"}""", "application/graphql-response+json");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.EndsWith(""","data":{"boom":null}}""", await response.Content.ReadAsStringAsync());
    }

    private const string ParseError =
        """{"errors":[{"message":"Error parsing query: Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field","locations":[{"line":1,"column":2}],"extensions":{"code":"SYNTAX_ERROR","codes":["SYNTAX_ERROR"]}}]}""";
}
