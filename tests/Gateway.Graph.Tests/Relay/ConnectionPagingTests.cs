using System.Text;
using System.Text.Json;
using Gateway.Graph.Relay;
using Gateway.Graph.Tests.Relay.TestGraph;

namespace Gateway.Graph.Tests.Relay;

public sealed class ConnectionPagingTests : IDisposable
{
    private const string Page = "nodes { number } edges { cursor node { number } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount";

    private readonly TestGraphHost _host = new();

    [Fact]
    public async Task NoArguments_DefaultPageSizeFromConfiguration()
    {
        var response = await _host.ExecuteAsync($"{{ items {{ {Page} }} }}");

        Assert.Equal([1, 2, 3], response.Numbers());
        var items = Items(response);
        Assert.Equal(8, items.GetProperty("totalCount").GetInt32());
        AssertPageInfo(items, hasNext: true, hasPrevious: false);
    }

    [Fact]
    public async Task FirstAfter_WalksForwardAcrossAllPages()
    {
        var pages = new List<int[]>();
        string? after = null;
        JsonElement items;
        do
        {
            var afterArgument = after is null ? string.Empty : $", after: \"{after}\"";
            var response = await _host.ExecuteAsync($"{{ items(first: 3{afterArgument}) {{ {Page} }} }}");
            pages.Add(response.Numbers());
            items = Items(response);
            AssertPageInfo(items, hasNext: pages.Count < 3, hasPrevious: pages.Count > 1);
            after = items.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (items.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        Assert.Equal([[1, 2, 3], [4, 5, 6], [7, 8]], pages);
    }

    [Fact]
    public async Task LastBefore_WalksBackwardAcrossAllPages()
    {
        var pages = new List<int[]>();
        string? before = null;
        JsonElement items;
        do
        {
            var beforeArgument = before is null ? string.Empty : $", before: \"{before}\"";
            var response = await _host.ExecuteAsync($"{{ items(last: 3{beforeArgument}) {{ {Page} }} }}");
            pages.Add(response.Numbers());
            items = Items(response);
            AssertPageInfo(items, hasNext: pages.Count > 1, hasPrevious: pages.Count < 3);
            before = items.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }
        while (items.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        Assert.Equal([[6, 7, 8], [3, 4, 5], [1, 2]], pages);
    }

    [Fact]
    public async Task Edges_CursorsPointAtTheirNodes()
    {
        var first = Items(await _host.ExecuteAsync($"{{ items(first: 4) {{ {Page} }} }}"));
        var edges = first.GetProperty("edges").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3, 4], edges.Select(e => e.GetProperty("node").GetProperty("number").GetInt32()));
        Assert.Equal(edges[0].GetProperty("cursor").GetString(), first.GetProperty("pageInfo").GetProperty("startCursor").GetString());
        Assert.Equal(edges[3].GetProperty("cursor").GetString(), first.GetProperty("pageInfo").GetProperty("endCursor").GetString());

        var afterSecond = await _host.ExecuteAsync($"{{ items(first: 2, after: \"{edges[1].GetProperty("cursor").GetString()}\") {{ {Page} }} }}");

        Assert.Equal([3, 4], afterSecond.Numbers());
    }

    [Fact]
    public async Task AfterAndBefore_PageInsideTheWindow()
    {
        var edges = Items(await _host.ExecuteAsync($"{{ items(first: 10) {{ {Page} }} }}")).GetProperty("edges").EnumerateArray().ToArray();
        var after = edges[0].GetProperty("cursor").GetString();
        var before = edges[5].GetProperty("cursor").GetString();

        var forward = await _host.ExecuteAsync($"{{ items(first: 10, after: \"{after}\", before: \"{before}\") {{ {Page} }} }}");
        var backward = await _host.ExecuteAsync($"{{ items(last: 2, after: \"{after}\", before: \"{before}\") {{ {Page} }} }}");

        Assert.Equal([2, 3, 4, 5], forward.Numbers());
        Assert.Equal([4, 5], backward.Numbers());
        AssertPageInfo(Items(backward), hasNext: true, hasPrevious: true);
    }

    [Fact]
    public async Task AfterLastCursor_EmptyPageWithPreviousPage()
    {
        var last = Items(await _host.ExecuteAsync($"{{ items(last: 1) {{ {Page} }} }}")).GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await _host.ExecuteAsync($"{{ items(after: \"{last}\") {{ {Page} }} }}");

        Assert.Empty(response.Numbers());
        AssertPageInfo(Items(response), hasNext: false, hasPrevious: true);
        Assert.Equal(8, Items(response).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task EmptyList_EmptyPageAndNullCursors()
    {
        var response = await _host.ExecuteAsync($"{{ noItems(first: 5) {{ {Page} }} }}");

        Assert.Empty(response.Numbers("noItems"));
        var items = response.GetProperty("data").GetProperty("noItems");
        Assert.Empty(items.GetProperty("edges").EnumerateArray());
        Assert.Equal(0, items.GetProperty("totalCount").GetInt32());
        AssertPageInfo(items, hasNext: false, hasPrevious: false);
        Assert.Equal(JsonValueKind.Null, items.GetProperty("pageInfo").GetProperty("startCursor").ValueKind);
        Assert.Equal(JsonValueKind.Null, items.GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
    }

    [Fact]
    public async Task FirstZero_NoNodesButCountAndNextPage()
    {
        var response = await _host.ExecuteAsync($"{{ items(first: 0) {{ {Page} }} }}");

        Assert.Empty(response.Numbers());
        Assert.Equal(8, Items(response).GetProperty("totalCount").GetInt32());
        AssertPageInfo(Items(response), hasNext: true, hasPrevious: false);
    }

    [Fact]
    public async Task FirstAtMaximum_Allowed()
    {
        var response = await _host.ExecuteAsync("{ items(first: 10) { nodes { number } } }");

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], response.Numbers());
    }

    [Theory]
    [InlineData("first: 11", "first", PagingError.MaxExceeded)]
    [InlineData("last: 11", "last", PagingError.MaxExceeded)]
    [InlineData("first: -1", "first", PagingError.NegativeCount)]
    [InlineData("last: -1", "last", PagingError.NegativeCount)]
    [InlineData("first: 1, last: 1", "first", PagingError.FirstAndLast)]
    public async Task InvalidCount_ErrorNamesArgumentWithCode(string arguments, string argument, string code)
    {
        var response = await _host.ExecuteAsync($"{{ items({arguments}) {{ nodes {{ number }} }} }}");

        var (message, actualCode) = response.SingleError();
        Assert.Equal(code, actualCode);
        Assert.Contains($"`{argument}`", message, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("items").ValueKind);
    }

    [Fact]
    public async Task MaxExceeded_MessageSaysTheMaximum()
    {
        var (message, _) = (await _host.ExecuteAsync("{ items(first: 500) { nodes { number } } }")).SingleError();

        Assert.Equal("Argument `first` must not exceed the maximum page size of 10.", message);
    }

    [Theory]
    [InlineData("after", "not a cursor")]
    [InlineData("after", "VGVzdEl0ZW06MQ==")]
    [InlineData("before", "Y3Vyc29yOnYxOi0x")]
    [InlineData("before", "Y3Vyc29yOnYyOjE=")]
    [InlineData("after", "")]
    [InlineData("after", "Y3Vyc29yOnYxOjAx")]
    public async Task ForeignCursor_InvalidCursorError(string argument, string cursor)
    {
        var response = await _host.ExecuteAsync($"{{ items({argument}: \"{cursor}\") {{ nodes {{ number }} }} }}");

        var (message, code) = response.SingleError();
        Assert.Equal(PagingError.InvalidCursor, code);
        Assert.Contains($"`{argument}`", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CursorsAreOpaqueBase64_WithVersionedPrefix()
    {
        var cursor = Items(await _host.ExecuteAsync($"{{ items(first: 2) {{ {Page} }} }}")).GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

        Assert.Equal("cursor:v1:1", Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
    }

    [Fact]
    public async Task IncludeTotalCountOff_FieldNotInSchema()
    {
        using var host = new TestGraphHost(includeTotalCount: false);

        var response = await host.ExecuteAsync("{ items { totalCount } }");

        Assert.Contains("totalCount", response.SingleError().Message, StringComparison.Ordinal);
        Assert.DoesNotContain("totalCount", GraphQL.SchemaExtensions.Print(host.Schema), StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();

    private static JsonElement Items(JsonElement response) => response.GetProperty("data").GetProperty("items");

    private static void AssertPageInfo(JsonElement connection, bool hasNext, bool hasPrevious)
    {
        var pageInfo = connection.GetProperty("pageInfo");
        Assert.Equal(hasNext, pageInfo.GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(hasPrevious, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
    }
}
