using Gateway.Graph.Tests.Relay.TestGraph;

namespace Gateway.Graph.Tests.Sorting;

// By number: names Alice,bob,Carol,null,alice,Dave,Eve,Bob; active true,false,true,null,true,false,true,null;
// rank 3,1,null,2,3,5,4,1; score 1.5,2.25,null,0.5,10,3.75,-1,2.25; kind ADMIN,USER,GUEST,null,USER,ADMIN,GUEST,USER;
// createdAt 2024-01-01, 2024-02-01, null, 2023-12-31, 2024-03-15, 2025-01-01, 2024-06-30, 2024-02-01.
public sealed class SortingTests : IDisposable
{
    private readonly TestGraphHost _host = new();

    [Theory]
    [InlineData("[{ name: ASC }]", "4,1,8,3,6,7,5,2")]
    [InlineData("[{ name: DESC }]", "2,5,7,6,3,8,1,4")]
    [InlineData("[{ rank: ASC }]", "3,2,8,4,1,5,7,6")]
    [InlineData("[{ score: ASC }]", "3,7,4,1,2,8,6,5")]
    [InlineData("[{ active: ASC }]", "4,8,2,6,1,3,5,7")]
    [InlineData("[{ kind: ASC }]", "4,1,6,2,5,8,3,7")]
    [InlineData("[{ createdAt: DESC }]", "6,7,5,2,8,1,4,3")]
    [InlineData("[{ number: DESC }]", "8,7,6,5,4,3,2,1")]
    public async Task SingleField_OrdinalStableNullsFirstAscending(string order, string expected)
    {
        Assert.Equal(expected, await OrderAsync(order));
    }

    [Theory]
    [InlineData("[{ rank: DESC }, { name: ASC }]", "6,7,1,5,4,8,2,3")]
    [InlineData("[{ active: DESC }, { rank: ASC }]", "3,1,5,7,2,6,8,4")]
    [InlineData("[{ kind: DESC }, { createdAt: ASC }, { number: DESC }]", "3,7,8,2,5,1,6,4")]
    public async Task SeveralEntries_SortByFirstThenNext(string order, string expected)
    {
        Assert.Equal(expected, await OrderAsync(order));
    }

    [Theory]
    [InlineData("[{ active: DESC, rank: ASC }]", "3,1,5,7,2,6,8,4")]
    [InlineData("[{ rank: ASC, active: DESC }]", "3,2,8,4,1,5,7,6")]
    public async Task SeveralFieldsInOneEntry_SortInQueryOrder(string order, string expected)
    {
        Assert.Equal(expected, await OrderAsync(order));
    }

    [Fact]
    public async Task SingleEntryWithoutList_Coerced()
    {
        Assert.Equal("4,1,8,3,6,7,5,2", await OrderAsync("{ name: ASC }"));
    }

    [Fact]
    public async Task SeveralFieldsInOneVariableEntry_SortInDeclarationOrder()
    {
        var response = await _host.ExecuteAsync(
            "query($order: [TestItemSortInput!]) { items(first: 10, order: $order) { nodes { number } } }",
            """{ "order": [ { "rank": "ASC", "active": "DESC" } ] }""");

        Assert.Equal([3, 1, 5, 7, 2, 6, 8, 4], response.Numbers());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task NoOrder_KeepsSourceOrder(string order)
    {
        Assert.Equal("1,2,3,4,5,6,7,8", await OrderAsync(order));
    }

    [Fact]
    public async Task OrderFromVariables_SameAsLiteral()
    {
        var response = await _host.ExecuteAsync(
            "query($order: [TestItemSortInput!]) { items(first: 10, order: $order) { nodes { number } } }",
            """{ "order": [ { "rank": "DESC" }, { "name": "ASC" } ] }""");

        Assert.Equal([6, 7, 1, 5, 4, 8, 2, 3], response.Numbers());
    }

    [Fact]
    public async Task FilterSortPage_CursorsFollowTheSortedList()
    {
        const string Arguments = "where: { active: { eq: true } }, order: [{ name: DESC }]";
        var first = await _host.ExecuteAsync($"{{ items(first: 2, {Arguments}) {{ nodes {{ number }} pageInfo {{ endCursor }} }} }}");
        var after = first.GetProperty("data").GetProperty("items").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var second = await _host.ExecuteAsync($"{{ items(first: 2, after: \"{after}\", {Arguments}) {{ nodes {{ number }} }} }}");

        Assert.Equal([5, 7], first.Numbers());
        Assert.Equal([3, 1], second.Numbers());
    }

    public void Dispose() => _host.Dispose();

    private async Task<string> OrderAsync(string order) =>
        string.Join(",", (await _host.ExecuteAsync($"{{ items(first: 10, order: {order}) {{ nodes {{ number }} }} }}")).Numbers());
}
