using Gateway.Graph.Tests.Relay.TestGraph;

namespace Gateway.Graph.Tests.Filtering;

public abstract class FilterTestBase : IDisposable
{
    protected TestGraphHost Host { get; } = new();

    public void Dispose() => Host.Dispose();

    /// <summary>The numbers of the items matching <paramref name="where"/>, in list order.</summary>
    protected async Task<string> WhereAsync(string where) =>
        string.Join(",", (await Host.ExecuteAsync($"{{ items(first: 10, where: {where}) {{ nodes {{ number }} }} }}")).Numbers());
}
