using System.Collections.Concurrent;

namespace Gateway.Graph.Tests.DataLoading;

/// <summary>A batch function over a fixed table that records every call it receives.</summary>
internal sealed class RecordingFetch
{
    private readonly ConcurrentQueue<int[]> _calls = new();

    public Func<int[], Exception?> FailWhen { get; set; } = _ => null;

    public IReadOnlyList<int[]> Calls => _calls.ToArray();

    public CancellationToken LastToken { get; private set; }

    public async Task<IReadOnlyDictionary<int, string>> NamesByIdAsync(IReadOnlyList<int> ids, CancellationToken ct)
    {
        _calls.Enqueue(ids.ToArray());
        LastToken = ct;
        await Task.Yield();
        if (FailWhen(ids.ToArray()) is { } failure)
            throw failure;
        return ids.Where(id => id > 0).ToDictionary(id => id, id => $"name-{id}");
    }

    public Task<ILookup<int, string>> TagsByIdAsync(IReadOnlyList<int> ids, CancellationToken ct)
    {
        _calls.Enqueue(ids.ToArray());
        var lookup = ids.Where(id => id % 2 == 0)
            .SelectMany(id => new[] { (id, "even"), (id, $"tag-{id}") })
            .ToLookup(x => x.Item1, x => x.Item2);
        return Task.FromResult(lookup);
    }
}
