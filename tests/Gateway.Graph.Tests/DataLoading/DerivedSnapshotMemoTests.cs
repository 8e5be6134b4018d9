using Gateway.Graph.DataLoading;

namespace Gateway.Graph.Tests.DataLoading;

public sealed class DerivedSnapshotMemoTests
{
    private readonly DerivedSnapshotMemo<string> memo = new();
    private int builds;

    [Fact]
    public void SameInputInstances_BuiltOnce()
    {
        var users = new List<int> { 1 };
        var groups = new List<int> { 2 };

        var first = memo.GetOrBuild([users, groups], Build);
        var second = memo.GetOrBuild([users, groups], Build);

        Assert.Same(first, second);
        Assert.Equal(1, builds);
    }

    [Fact]
    public void AnyInputReplaced_BuiltAgain_EvenWhenEqualInValue()
    {
        var users = new List<int> { 1 };
        memo.GetOrBuild([users, new List<int> { 2 }], Build);

        memo.GetOrBuild([users, new List<int> { 2 }], Build);
        memo.GetOrBuild([new List<int> { 1 }], Build);

        Assert.Equal(3, builds);
    }

    [Fact]
    public void BuildThrows_NothingRemembered()
    {
        var users = new List<int> { 1 };

        Assert.Throws<InvalidOperationException>(() => memo.GetOrBuild([users], () => throw new InvalidOperationException()));

        Assert.Equal("built 1", memo.GetOrBuild([users], Build));
    }

    private string Build() => $"built {++builds}";
}
