using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

/// <summary>
/// One list loader per source serving <typeparamref name="TSource"/>, for this request: each upstream list is read at
/// most once, and a failing upstream costs only its own list (kept as that list's partial failure).
/// </summary>
public abstract class SourceListDataLoaders<TSource, TItem>(
    SourceCatalog sources, Func<TSource, Func<CancellationToken, Task<IReadOnlyList<TItem>>>> fetch)
    where TSource : ISource
{
    private readonly List<ListLoader> _all = sources.Of<TSource>().Select(s => new ListLoader(s.Upstream, fetch(s))).ToList();

    /// <summary>Every source's loader, in registration order.</summary>
    public IEnumerable<SnapshotDataLoader<Partial<IReadOnlyList<TItem>>>> All => _all;

    /// <summary>The loader of <paramref name="upstream"/>; throws when that upstream does not serve <typeparamref name="TSource"/>.</summary>
    public SnapshotDataLoader<Partial<IReadOnlyList<TItem>>> For(UpstreamName upstream) =>
        _all.FirstOrDefault(l => l.Upstream == upstream)
        ?? throw new InvalidOperationException($"Upstream '{upstream.Code}' has no {typeof(TSource).Name} registered.");

    /// <summary>The loader of the upstream whose code is <paramref name="code"/>, or null when none serves <typeparamref name="TSource"/>.</summary>
    public SnapshotDataLoader<Partial<IReadOnlyList<TItem>>>? Find(string? code) => _all.FirstOrDefault(l => l.Upstream.Code == code);

    /// <summary>Every list, read side by side.</summary>
    public async Task<Partial<IReadOnlyList<IReadOnlyList<TItem>>>> LoadAllAsync(CancellationToken cancellationToken)
    {
        var loaded = await Task.WhenAll(_all.Select(list => list.LoadAsync().GetResultAsync(cancellationToken)));
        return new Partial<IReadOnlyList<IReadOnlyList<TItem>>>(loaded.Select(l => l.Value).ToList(), [.. loaded.SelectMany(l => l.Failures)]);
    }

    /// <summary>Forgets every list, so a read after a write sees the change.</summary>
    public void Clear()
    {
        foreach (var list in _all) list.Clear();
    }

    private sealed class ListLoader(UpstreamName upstream, Func<CancellationToken, Task<IReadOnlyList<TItem>>> fetch)
        : UpstreamListDataLoader<TItem>(fetch)
    {
        public UpstreamName Upstream => upstream;
    }
}
