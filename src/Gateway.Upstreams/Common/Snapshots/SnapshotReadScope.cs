namespace Gateway.Upstreams.Common.Snapshots;

/// <summary>
/// One client request's view of the snapshots: the version stamps, read once (one Redis round trip) the first time the
/// request reads a snapshot, and the upstreams whose data was served stale. The GraphQL execution begins one per
/// operation; a read outside any scope (health probes, direct client use) fetches the stamps for itself.
/// </summary>
public sealed class SnapshotReadScope : IDisposable
{
    private static readonly AsyncLocal<SnapshotReadScope?> CurrentScope = new();

    private readonly SnapshotReadScope? _outer;
    private readonly Lock _gate = new();
    private readonly Dictionary<UpstreamName, DateTimeOffset> _stale = [];
    private Task<SnapshotVersionSet>? _versions;

    private SnapshotReadScope(SnapshotReadScope? outer) => _outer = outer;

    public static SnapshotReadScope? Current => CurrentScope.Value;

    public static SnapshotReadScope Begin() => CurrentScope.Value = new SnapshotReadScope(CurrentScope.Value);

    /// <summary>The upstreams served stale in this scope, each with its oldest snapshot's time.</summary>
    public IReadOnlyList<StaleUpstream> StaleUpstreams
    {
        get
        {
            lock (_gate)
            {
                return _stale.OrderBy(s => s.Key).Select(s => new StaleUpstream(s.Key, s.Value)).ToList();
            }
        }
    }

    internal Task<SnapshotVersionSet> Versions(Func<Task<SnapshotVersionSet>> read)
    {
        lock (_gate)
        {
            return _versions ??= read();
        }
    }

    /// <summary>A write in this request moved a stamp: the rest of the request reads under the new one.</summary>
    internal void Advance(UpstreamName upstream, string version)
    {
        lock (_gate)
        {
            if (_versions is { IsCompletedSuccessfully: true } known)
            {
                _versions = Task.FromResult(known.Result.With(upstream, version));
            }
            else
            {
                _versions = null;
            }
        }
    }

    internal void MarkStale(UpstreamName upstream, DateTimeOffset asOf)
    {
        lock (_gate)
        {
            _stale[upstream] = _stale.TryGetValue(upstream, out var known) && known < asOf ? known : asOf;
        }
    }

    public void Dispose() => CurrentScope.Value = _outer;
}
