namespace Gateway.Tests.Http;

public sealed class BatchTests(EndpointHost host) : IClassFixture<EndpointHost>
{
    [Fact]
    public async Task TwoQueries_ArrayOfResultsInOrder()
    {
        using var response = await host.PostJsonAsync("""[{"query":"{ hello }"},{"query":"{ numbers }"}]""");

        await ResponseAssert.IsAsync(response, 200, """[{"data":{"hello":"world"}},{"data":{"numbers":[1,2,3]}}]""");
    }

    [Fact]
    public async Task ItemThatDoesNotParse_OnlyThatItemFailsWithoutData()
    {
        using var response = await host.PostJsonAsync("""[{"query":"{"},{"query":"{ hello }"}]""");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("""[{"errors":[{"message":"Error parsing query""", text);
        Assert.EndsWith("""}]},{"data":{"hello":"world"}}]""", text);
    }

    [Fact]
    public async Task Items_RunInTheirOwnScopeWithTheRequestUser()
    {
        using var response = await host.PostJsonAsync("""[{"query":"{ me inRequestScope }"},{"query":"{ me }"}]""");

        await ResponseAssert.IsAsync(response, 200, """[{"data":{"me":"ada","inRequestScope":false}},{"data":{"me":"ada"}}]""");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(100)]
    public async Task MoreThanMaxBatchSize_400AndNothingRuns(int count)
    {
        var before = host.Counter.Mutations;
        var body = "[" + string.Join(",", Enumerable.Repeat("""{"query":"mutation { increment }"}""", count)) + "]";

        using var response = await host.PostJsonAsync(body);

        await ResponseAssert.IsAsync(response, 400, """{"errors":[{"message":"A batch may hold at most 10 requests.","extensions":{"code":"BATCH_TOO_LARGE","codes":["BATCH_TOO_LARGE"]}}]}""");
        Assert.Equal(before, host.Counter.Mutations);
    }

    [Fact]
    public async Task OneMalformedItem_400AndNoItemRuns()
    {
        var before = host.Counter.Mutations;

        using var response = await host.PostJsonAsync("""[{"query":"mutation { increment }"},{"qeury":"{ hello }"}]""");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(before, host.Counter.Mutations);
    }

    [Theory]
    [InlineData("[]", "A batch must hold at least one request.")]
    [InlineData("""[{"query":"{ hello }"},7]""", "Every item of a batch must be a JSON object.")]
    public async Task EmptyOrNonObjectItems_400(string body, string message)
    {
        using var response = await host.PostJsonAsync(body);

        await ResponseAssert.IsAsync(response, 400, ResponseAssert.Error("JSON_INVALID", message));
    }

    [Fact]
    public async Task BatchingDisabled_400AndNothingRuns()
    {
        await using var disabled = await EndpointHost.StartAsync(("EnableBatching", "false"));

        using var response = await disabled.PostJsonAsync("""[{"query":"mutation { increment }"}]""");

        await ResponseAssert.IsAsync(response, 400, """{"errors":[{"message":"Batched requests are not supported.","extensions":{"code":"BATCHING_DISABLED","codes":["BATCHING_DISABLED"]}}]}""");
        Assert.Equal(0, disabled.Counter.Mutations);
    }
}
