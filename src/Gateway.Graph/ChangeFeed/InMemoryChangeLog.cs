using Microsoft.Extensions.Options;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// The log without Redis: the same positions and shape, in this process only. Everything is lost on restart, and
/// several instances each keep their own.
/// </summary>
public sealed class InMemoryChangeLog(IOptions<ChangeFeedOptions> options, TimeProvider clock) : IChangeLog
{
    private readonly Lock _gate = new();
    private readonly List<ChangeLogEntry> _entries = [];
    private (long Milliseconds, long Sequence) _last;
    private string _lastDropped = "0-0";
    private ChangeBaseline? _baseline;

    public event Action? Appended;

    public Task<ChangeBaseline?> GetBaselineAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_baseline);
    }

    public Task<bool> CommitAsync(string? expectedDigest, DirectorySnapshot next, IReadOnlyList<ChangeEvent> events, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_baseline?.Digest != expectedDigest)
                return Task.FromResult(false);
            _baseline = new ChangeBaseline(next.Digest, next);
            foreach (var change in events)
                _entries.Add(new ChangeLogEntry(NextPosition(), change));
            Trim();
        }
        if (events.Count > 0)
            Appended?.Invoke();
        return Task.FromResult(true);
    }

    public Task<ChangeLogPage> ReadAsync(string? afterPosition, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var expired = afterPosition is not null && ChangeCursor.Compare(afterPosition, _lastDropped) < 0;
            var start = afterPosition is null ? 0 : ChangeCursor.IndexAfter(_entries, afterPosition);
            return Task.FromResult(new ChangeLogPage(_entries.Skip(start).Take(max).ToList(), expired));
        }
    }

    public Task<string> HeadAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult(_entries.Count == 0 ? ChangeCursor.Format(_last.Milliseconds, _last.Sequence) : _entries[^1].Position);
    }

    // As Redis assigns stream ids: the clock's milliseconds, a sequence within the same millisecond, never backwards.
    private string NextPosition()
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        _last = now > _last.Milliseconds ? (now, 0) : (_last.Milliseconds, _last.Sequence + 1);
        return ChangeCursor.Format(_last.Milliseconds, _last.Sequence);
    }

    private void Trim()
    {
        var limit = options.Value;
        var oldest = ChangeCursor.Format(clock.GetUtcNow().Subtract(limit.Retention).ToUnixTimeMilliseconds(), 0);
        var drop = 0;
        while (drop < _entries.Count && (_entries.Count - drop > limit.MaxEvents || ChangeCursor.Compare(_entries[drop].Position, oldest) < 0))
            drop++;
        if (drop == 0)
            return;
        _lastDropped = _entries[drop - 1].Position;
        _entries.RemoveRange(0, drop);
    }
}
