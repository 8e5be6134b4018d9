using Gateway.Graph.DataLoading;

namespace Gateway.Graph.Tests.DataLoading;

public sealed class DataLoaderResultExtensionsTests
{
    private readonly RecordingFetch _fetch = new();

    [Fact]
    public async Task ThenMap_SiblingsStillOneBatch()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);

        var a = loader.LoadAsync(1).Then(name => name!.ToUpperInvariant());
        var b = loader.LoadAsync(2).Then(name => name!.Length);

        Assert.Equal("NAME-1", await a.GetResultAsync());
        Assert.Equal(6, await b.GetResultAsync());
        Assert.Single(_fetch.Calls);
    }

    [Fact]
    public async Task ThenChain_LoadsFromSecondLoader()
    {
        var names = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);
        var tags = new GroupDataLoader<int, string>(_fetch.TagsByIdAsync);

        var result = names.LoadAsync(4).Then(name => tags.LoadAsync(name!.Length));

        Assert.Equal(["even", "tag-6"], await result.GetResultAsync());
        Assert.Equal([[4], [6]], _fetch.Calls);
    }

    [Fact]
    public async Task ThenAsync_PassesTokenOn()
    {
        using var cts = new CancellationTokenSource();
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);
        CancellationToken seen = default;

        var result = loader.LoadAsync(1).Then((name, ct) => { seen = ct; return Task.FromResult(name + "!"); });

        Assert.Equal("name-1!", await result.GetResultAsync(cts.Token));
        Assert.Equal(cts.Token, seen);
    }
}
