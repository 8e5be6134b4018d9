using Gateway.Graph.DataLoading;

namespace Gateway.Graph.Tests.DataLoading;

public sealed class DerivedSnapshotMemoTests
{
    private readonly DerivedSnapshotMemo<string> memo = new();
    private int builds;

    [Fact]
    public async Task SameInputInstances_BuiltOnce()
    {
        var users = new List<int> { 1 };
        var groups = new List<int> { 2 };

        var first = await memo.GetOrBuildAsync([users, groups], Build);
        var second = await memo.GetOrBuildAsync([users, groups], Build);

        Assert.Same(first, second);
        Assert.Equal(1, builds);
    }

    [Fact]
    public async Task AnyInputReplaced_BuiltAgain_EvenWhenEqualInValue()
    {
        var users = new List<int> { 1 };
        await memo.GetOrBuildAsync([users, new List<int> { 2 }], Build);

        await memo.GetOrBuildAsync([users, new List<int> { 2 }], Build);
        await memo.GetOrBuildAsync([new List<int> { 1 }], Build);

        Assert.Equal(3, builds);
    }

    [Fact]
    public async Task BuildThrows_NothingRemembered()
    {
        var users = new List<int> { 1 };

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await memo.GetOrBuildAsync([users], () => throw new InvalidOperationException()));

        Assert.Equal("built 1", await memo.GetOrBuildAsync([users], Build));
    }

    [Fact]
    public async Task SameNewInputsMeanwhile_WaitForTheOneBuild()
    {
        var users = new List<int> { 1 };
        using var building = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(async () => await memo.GetOrBuildAsync([users], () =>
        {
            building.Set();
            release.Wait();
            return Build();
        }));
        building.Wait();

        var second = memo.GetOrBuildAsync([users], Build).AsTask();
        Assert.False(second.IsCompleted);
        release.Set();

        Assert.Same(await first, await second);
        Assert.Equal(1, builds);
    }

    [Fact]
    public async Task BuildThrows_WhoeverWaitedGetsTheError_NextCallBuildsAgain()
    {
        var users = new List<int> { 1 };
        using var building = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(async () => await memo.GetOrBuildAsync([users], () =>
        {
            building.Set();
            release.Wait();
            throw new InvalidOperationException("broken");
        }));
        building.Wait();
        var second = memo.GetOrBuildAsync([users], Build).AsTask();
        release.Set();

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        Assert.Equal("broken", (await Assert.ThrowsAsync<InvalidOperationException>(() => second)).Message);
        Assert.Equal("built 1", await memo.GetOrBuildAsync([users], Build));
    }

    private string Build() => $"built {++builds}";
}
