namespace Gateway.Graph.Mutations;

/// <summary>
/// One semaphore per target currently in use, removed when its last holder or waiter leaves, so memory follows the
/// writes in flight, not every target ever written. Waiters enter in the order the semaphore grants, and a waiter whose
/// request is cancelled leaves the queue. Written here because no keyed async lock is in the package source.
/// </summary>
public sealed class InProcessWriteTargetLock : IWriteTargetLock
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string target, CancellationToken ct)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(target, out entry!)) _entries[target] = entry = new Entry();
            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(ct);
        }
        catch
        {
            Leave(target, entry, held: false);
            throw;
        }

        return new Holder(this, target, entry);
    }

    /// <summary>Targets with a holder or a waiter, for tests and diagnostics.</summary>
    public int TargetsInUse
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    private void Leave(string target, Entry entry, bool held)
    {
        lock (_gate)
        {
            if (held) entry.Semaphore.Release();
            if (--entry.Users == 0) _entries.Remove(target);
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Holder(InProcessWriteTargetLock owner, string target, Entry entry) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) owner.Leave(target, entry, held: true);
            return ValueTask.CompletedTask;
        }
    }
}
