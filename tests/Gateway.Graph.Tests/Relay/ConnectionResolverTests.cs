using Gateway.Graph.Filtering;
using Gateway.Graph.Relay;
using Gateway.Graph.Tests.Relay.TestGraph;

namespace Gateway.Graph.Tests.Relay;

public sealed class ConnectionResolverTests : IDisposable
{
    private readonly TestGraphHost _host = new();

    [Fact]
    public async Task Prepare_ValidInput_LoadsOnceAndPages()
    {
        var response = await _host.ExecuteAsync("{ loadedItems(first: 2, where: { active: { eq: true } }, order: [{ name: DESC }]) { nodes { number } totalCount } }");

        Assert.Equal([5, 7], response.Numbers("loadedItems"));
        Assert.Equal(4, response.GetProperty("data").GetProperty("loadedItems").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, _host.Source.Loads);
    }

    [Theory]
    [InlineData("first: 11", PagingError.MaxExceeded)]
    [InlineData("first: 1, last: 1", PagingError.FirstAndLast)]
    [InlineData("after: \"bm90IG91cnM=\"", PagingError.InvalidCursor)]
    [InlineData("where: { rank: { gt: null } }", FilterError.NullValue)]
    public async Task Prepare_InvalidInput_FailsBeforeLoading(string arguments, string code)
    {
        var response = await _host.ExecuteAsync($"{{ loadedItems({arguments}) {{ nodes {{ number }} }} }}");

        Assert.Equal(code, response.SingleError().Code);
        Assert.Equal(0, _host.Source.Loads);
    }

    [Fact]
    public async Task ErrorInOneConnection_OtherFieldsKeepTheirData()
    {
        var response = await _host.ExecuteAsync("{ bad: itemsLater(first: -1) { nodes { number } } good: noItems { totalCount } }");

        Assert.Equal(PagingError.NegativeCount, response.SingleError().Code);
        Assert.Equal("bad", response.GetProperty("errors")[0].GetProperty("path")[0].GetString());
        Assert.Equal(0, response.GetProperty("data").GetProperty("good").GetProperty("totalCount").GetInt32());
    }

    public void Dispose() => _host.Dispose();
}
