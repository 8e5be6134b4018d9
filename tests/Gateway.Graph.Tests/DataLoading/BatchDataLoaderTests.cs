using Gateway.Graph.DataLoading;

namespace Gateway.Graph.Tests.DataLoading;

public sealed class BatchDataLoaderTests
{
    private readonly RecordingFetch _fetch = new();

    [Fact]
    public async Task DuplicateKeys_OneFetchWithDistinctKeys()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);

        var a = loader.LoadAsync(1);
        var b = loader.LoadAsync(2);
        var c = loader.LoadAsync(1);

        Assert.Equal("name-1", await a.GetResultAsync());
        Assert.Equal("name-2", await b.GetResultAsync());
        Assert.Equal("name-1", await c.GetResultAsync());
        Assert.Equal([1, 2], Assert.Single(_fetch.Calls));
    }

    [Fact]
    public async Task LoadNothingAwaited_NoFetch()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);

        loader.LoadAsync(1);
        await Task.Yield();

        Assert.Empty(_fetch.Calls);
    }

    [Fact]
    public async Task MissingKey_ResolvesToNull()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);

        Assert.Null(await loader.LoadAsync(-5).GetResultAsync());
    }

    [Fact]
    public async Task SecondLoadOfCachedKey_NoSecondFetch()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);
        await loader.LoadAsync(1).GetResultAsync();

        Assert.Equal("name-1", await loader.LoadAsync(1).GetResultAsync());
        Assert.Single(_fetch.Calls);
    }

    [Fact]
    public async Task CacheOff_EachBatchFetchesAgain()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync, new DataLoaderOptions(Cache: false));
        await loader.LoadAsync(1).GetResultAsync();

        await loader.LoadAsync(1).GetResultAsync();

        Assert.Equal(2, _fetch.Calls.Count);
    }

    [Fact]
    public async Task Prime_ServesValueWithoutFetch()
    {
        var loader = new BatchDataLoader<string, string>(
            (keys, _) => Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => "fetched")),
            comparer: StringComparer.OrdinalIgnoreCase);

        loader.Prime("Ada@Example.org", "primed");

        Assert.Equal("primed", await loader.LoadAsync("ada@example.org").GetResultAsync());
    }

    [Fact]
    public async Task Clear_NextLoadFetchesAgain()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);
        await loader.LoadAsync(1).GetResultAsync();

        loader.Clear(1);
        await loader.LoadAsync(1).GetResultAsync();

        Assert.Equal(2, _fetch.Calls.Count);
    }

    [Fact]
    public async Task FetchThrows_EveryKeyFailsAndIsNotCached()
    {
        _fetch.FailWhen = _ => new InvalidOperationException("upstream down");
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);
        var a = loader.LoadAsync(1);
        var b = loader.LoadAsync(2);

        var errorA = await Assert.ThrowsAsync<InvalidOperationException>(() => a.GetResultAsync());
        var errorB = await Assert.ThrowsAsync<InvalidOperationException>(() => b.GetResultAsync());
        _fetch.FailWhen = _ => null;
        var retried = await loader.LoadAsync(1).GetResultAsync();

        Assert.Same(errorA, errorB);
        Assert.Equal("name-1", retried);
        Assert.Equal(2, _fetch.Calls.Count);
    }

    [Fact]
    public async Task MaxBatchSize_SplitsIntoChunks()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync, new DataLoaderOptions(MaxBatchSize: 2));

        var all = loader.LoadAsync([1, 2, 3, 4, 5]);

        Assert.Equal(new string?[] { "name-1", "name-2", "name-3", "name-4", "name-5" }, await all.GetResultAsync());
        Assert.Equal([[1, 2], [3, 4], [5]], _fetch.Calls.OrderBy(c => c[0]));
    }

    [Fact]
    public async Task OneChunkFails_OnlyItsKeysFail()
    {
        _fetch.FailWhen = ids => ids.Contains(3) ? new InvalidOperationException("chunk") : null;
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync, new DataLoaderOptions(MaxBatchSize: 2));
        var one = loader.LoadAsync(1);
        var two = loader.LoadAsync(2);
        var three = loader.LoadAsync(3);

        await Assert.ThrowsAsync<InvalidOperationException>(() => three.GetResultAsync());
        Assert.Equal("name-1", await one.GetResultAsync());
        Assert.Equal("name-2", await two.GetResultAsync());
    }

    [Fact]
    public async Task KeysLoadedAfterDispatch_GoToNextBatch()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);
        var first = loader.LoadAsync(1).GetResultAsync();

        var second = loader.LoadAsync(2).GetResultAsync();
        await Task.WhenAll(first, second);

        Assert.Equal([[1], [2]], _fetch.Calls);
    }

    [Fact]
    public async Task CancellationToken_IsTheAwaitersToken()
    {
        using var cts = new CancellationTokenSource();
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);

        await loader.LoadAsync(1).GetResultAsync(cts.Token);

        Assert.Equal(cts.Token, _fetch.LastToken);
    }

    [Fact]
    public async Task ConcurrentLoadsFromManyThreads_EachKeyFetchedOnce()
    {
        var loader = new BatchDataLoader<int, string>(_fetch.NamesByIdAsync);

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(
            () => loader.LoadAsync(1 + (i % 40)).GetResultAsync())));

        Assert.All(results, r => Assert.StartsWith("name-", r));
        var fetched = _fetch.Calls.SelectMany(c => c).ToArray();
        Assert.Equal(40, fetched.Length);
        Assert.Equal(40, fetched.Distinct().Count());
    }
}
