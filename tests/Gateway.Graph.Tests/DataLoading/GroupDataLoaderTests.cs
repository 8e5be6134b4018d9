using Gateway.Graph.DataLoading;

namespace Gateway.Graph.Tests.DataLoading;

public sealed class GroupDataLoaderTests
{
    private readonly RecordingFetch _fetch = new();

    [Fact]
    public async Task KeysWithAndWithoutEntries_ArraysAndEmptyArray()
    {
        var loader = new GroupDataLoader<int, string>(_fetch.TagsByIdAsync);

        var two = loader.LoadAsync(2);
        var three = loader.LoadAsync(3);

        Assert.Equal(["even", "tag-2"], await two.GetResultAsync());
        Assert.Empty(await three.GetResultAsync());
        Assert.Equal([2, 3], Assert.Single(_fetch.Calls));
    }
}
