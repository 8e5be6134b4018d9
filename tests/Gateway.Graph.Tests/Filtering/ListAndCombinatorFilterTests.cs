using Gateway.Graph.Tests.Relay.TestGraph;

namespace Gateway.Graph.Tests.Filtering;

// Tags by number: 1 [a b], 2 [b], 3 [], 4 [c], 5 [a], 6 [a c], 7 [b c], 8 [].
public sealed class ListAndCombinatorFilterTests : FilterTestBase
{
    [Theory]
    [InlineData("{ tags: { some: { label: { eq: \"a\" } } } }", "1,5,6")]
    [InlineData("{ tags: { all: { label: { eq: \"a\" } } } }", "3,5,8")]
    [InlineData("{ tags: { none: { label: { eq: \"a\" } } } }", "2,3,4,7,8")]
    [InlineData("{ tags: { any: true } }", "1,2,4,5,6,7")]
    [InlineData("{ tags: { any: false } }", "3,8")]
    [InlineData("{ tags: { some: { label: { in: [\"b\", \"c\"] } } } }", "1,2,4,6,7")]
    [InlineData("{ tags: { some: { or: [{ label: { eq: \"a\" } }, { label: { eq: \"c\" } }] }, none: { label: { eq: \"b\" } } } }", "4,5,6")]
    public async Task ListOperations_ApplyItemFilter(string where, string expected)
    {
        Assert.Equal(expected, await WhereAsync(where));
    }

    [Theory]
    [InlineData("{ }", "1,2,3,4,5,6,7,8")]
    [InlineData("{ active: { eq: false }, kind: { eq: ADMIN } }", "6")]
    [InlineData("{ and: [{ active: { eq: true } }, { rank: { gte: 3 } }] }", "1,5,7")]
    [InlineData("{ or: [{ kind: { eq: ADMIN } }, { name: { eq: \"Eve\" } }] }", "1,6,7")]
    [InlineData("{ or: [{ and: [{ active: { eq: true } }, { kind: { eq: USER } }] }, { name: { eq: null } }] }", "4,5")]
    [InlineData("{ or: [] }", "1,2,3,4,5,6,7,8")]
    [InlineData("{ and: [{ or: [{ rank: { eq: 1 } }, { rank: { eq: 5 } }] }, { or: [{ active: { eq: null } }, { active: { eq: false } }] }] }", "2,6,8")]
    public async Task AndOrAcrossFields_NestAndCombine(string where, string expected)
    {
        Assert.Equal(expected, await WhereAsync(where));
    }

    [Fact]
    public async Task WhereFromVariables_SameAsLiteral()
    {
        var response = await Host.ExecuteAsync(
            "query($where: TestItemFilterInput) { items(first: 10, where: $where) { nodes { number } } }",
            """{ "where": { "or": [ { "name": { "startsWith": "a" } }, { "kind": { "in": ["GUEST"] } } ], "createdAt": { "neq": null } } }""");

        Assert.Equal([5, 7], response.Numbers());
    }

    [Fact]
    public async Task FilterThenPage_CountAndCursorsOverMatches()
    {
        var first = await Host.ExecuteAsync("{ items(first: 2, where: { active: { eq: true } }) { nodes { number } totalCount pageInfo { hasNextPage endCursor } } }");
        var items = first.GetProperty("data").GetProperty("items");
        var after = items.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var second = await Host.ExecuteAsync($"{{ items(first: 2, after: \"{after}\", where: {{ active: {{ eq: true }} }}) {{ nodes {{ number }} pageInfo {{ hasNextPage }} }} }}");

        Assert.Equal([1, 3], first.Numbers());
        Assert.Equal(4, items.GetProperty("totalCount").GetInt32());
        Assert.True(items.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([5, 7], second.Numbers());
        Assert.False(second.GetProperty("data").GetProperty("items").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task ExplicitFilterInstance_SameResultAsDeclaredArgument()
    {
        const string Where = "{ tags: { some: { label: { eq: \"c\" } } }, score: { gt: 0 } }";

        var declared = await Host.ExecuteAsync($"{{ items(first: 10, where: {Where}) {{ nodes {{ number }} }} }}");
        var explicitInstance = await Host.ExecuteAsync($"{{ itemsLater(first: 10, where: {Where}) {{ nodes {{ number }} }} }}");

        Assert.Equal([4, 6], declared.Numbers());
        Assert.Equal([4, 6], explicitInstance.Numbers("itemsLater"));
    }
}
