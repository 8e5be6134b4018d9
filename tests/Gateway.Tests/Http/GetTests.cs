namespace Gateway.Tests.Http;

public sealed class GetTests(EndpointHost host) : IClassFixture<EndpointHost>
{
    [Fact]
    public async Task Query_200WithData()
    {
        using var response = await host.GetAsync("query=" + Uri.EscapeDataString("{ hello numbers }"));

        await ResponseAssert.IsAsync(response, 200, """{"data":{"hello":"world","numbers":[1,2,3]}}""");
    }

    [Fact]
    public async Task VariablesOperationNameAndExtensions_Applied()
    {
        var query = Uri.EscapeDataString("query A { hello } query B($t: String!) { echo(text: $t) }");

        using var response = await host.GetAsync($"query={query}&operationName=B&variables={Uri.EscapeDataString("""{"t":"hi"}""")}&extensions={Uri.EscapeDataString("{}")}");

        await ResponseAssert.IsAsync(response, 200, """{"data":{"echo":"hi"}}""");
    }

    [Theory]
    [InlineData("application/graphql-response+json", ResponseAssert.GraphQLResponseJson)]
    [InlineData("application/json", ResponseAssert.Json)]
    public async Task Mutation_405AllowPostAndNeverRuns(string accept, string contentType)
    {
        var before = host.Counter.Mutations;

        using var response = await host.GetAsync("query=" + Uri.EscapeDataString("mutation { increment }"), accept);

        await ResponseAssert.IsAsync(
            response,
            405,
            """{"errors":[{"message":"Only query operations may be sent with GET; send this mutation with POST.","locations":[{"line":1,"column":1}],"extensions":{"code":"HTTP_METHOD_NOT_ALLOWED","codes":["HTTP_METHOD_NOT_ALLOWED"]}}]}""",
            contentType);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(before, host.Counter.Mutations);
    }

    [Fact]
    public async Task MutationSelectedByOperationName_405()
    {
        var before = host.Counter.Mutations;
        var document = Uri.EscapeDataString("query Q { hello } mutation M { increment }");

        using var query = await host.GetAsync($"query={document}&operationName=Q");
        using var mutation = await host.GetAsync($"query={document}&operationName=M");

        Assert.Equal(200, (int)query.StatusCode);
        Assert.Equal(405, (int)mutation.StatusCode);
        Assert.Equal(before, host.Counter.Mutations);
    }

    [Theory]
    [InlineData("", "QUERY_MISSING", "The request has no GraphQL query, and names no persisted operation (documentId, id or extensions.persistedQuery).")]
    [InlineData("query=%7Bhello%7D&variables=%5B7%5D", "VARIABLES_INVALID", "'variables' must be a JSON object.")]
    [InlineData("query=%7Bhello%7D&variables=NONSENSE", "VARIABLES_INVALID", "'variables' must be a JSON object.")]
    [InlineData("query=%7Bhello%7D&extensions=7", "EXTENSIONS_INVALID", "'extensions' must be a JSON object.")]
    public async Task BadParameters_400(string queryString, string code, string message)
    {
        using var response = await host.GetAsync(queryString);

        await ResponseAssert.IsAsync(response, 400, ResponseAssert.Error(code, message));
    }
}
