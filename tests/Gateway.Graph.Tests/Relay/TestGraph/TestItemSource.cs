namespace Gateway.Graph.Tests.Relay.TestGraph;

/// <summary>Stands in for an upstream list call and counts how often it is made.</summary>
public sealed class TestItemSource
{
    private int _loads;

    public int Loads => _loads;

    public async Task<IReadOnlyList<TestItem>> LoadAsync()
    {
        Interlocked.Increment(ref _loads);
        await Task.Yield();
        return TestItems.All;
    }
}
