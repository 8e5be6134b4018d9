using System.Collections.Concurrent;

namespace Gateway.Emulators.Faults;

/// <summary>Counts every request each upstream receives, by operation, so tests can assert exact call counts.</summary>
public sealed class CallCounter
{
    private readonly ConcurrentDictionary<(string Upstream, string Operation), int> _counts = new();

    /// <summary>Records one call.</summary>
    public void Increment(string upstream, string operation) =>
        _counts.AddOrUpdate((upstream, operation), 1, (_, count) => count + 1);

    /// <summary>Zeroes every counter.</summary>
    public void Reset() => _counts.Clear();

    /// <summary>The current counts, ordered by upstream and operation.</summary>
    public EmulatorStats Snapshot()
    {
        var calls = _counts
            .Select(pair => new EmulatorCallCount(pair.Key.Upstream, pair.Key.Operation, pair.Value))
            .OrderBy(call => call.Upstream, StringComparer.Ordinal)
            .ThenBy(call => call.Operation, StringComparer.Ordinal)
            .ToList();
        return new EmulatorStats(calls.Sum(call => call.Count), calls);
    }
}
