using StackExchange.Redis;

namespace Gateway.ChangeFeed;

/// <summary>
/// Named locks between instances: who polls the upstreams, who delivers webhooks. Correctness never rests on them (the
/// log commit is conditional on the baseline; webhooks are at least once); they keep instances from doing work twice.
/// </summary>
internal interface IChangeFeedLocks
{
    /// <summary>The lock, to dispose when done; null when another holder has it.</summary>
    Task<IChangeFeedLease?> TryAcquireAsync(string name, TimeSpan hold, CancellationToken cancellationToken);
}

internal interface IChangeFeedLease : IAsyncDisposable
{
    /// <summary>Holds the lock for <paramref name="hold"/> more; false when it was lost (expired and taken).</summary>
    Task<bool> ExtendAsync(TimeSpan hold);
}

/// <summary>One process, one instance: the locks only keep this process's own work from overlapping.</summary>
internal sealed class InProcessLocks : IChangeFeedLocks
{
    private readonly Dictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public async Task<IChangeFeedLease?> TryAcquireAsync(string name, TimeSpan hold, CancellationToken cancellationToken)
    {
        SemaphoreSlim gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(name, out gate!))
                _gates[name] = gate = new SemaphoreSlim(1, 1);
        }
        await gate.WaitAsync(cancellationToken);
        return new Lease(gate);
    }

    private sealed class Lease(SemaphoreSlim gate) : IChangeFeedLease
    {
        public Task<bool> ExtendAsync(TimeSpan hold) => Task.FromResult(true);

        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// <c>SET changefeed:lock:{name} token NX PX hold</c>, extended and released only by its holder (compare and set or
/// delete, StackExchange.Redis's LockTake/LockExtend/LockRelease). A holder that dies frees it after its hold.
/// </summary>
internal sealed class RedisLocks(IConnectionMultiplexer redis) : IChangeFeedLocks
{
    private readonly InProcessLocks _local = new();

    public async Task<IChangeFeedLease?> TryAcquireAsync(string name, TimeSpan hold, CancellationToken cancellationToken)
    {
        var local = await _local.TryAcquireAsync(name, hold, cancellationToken);
        var key = (RedisKey)("changefeed:lock:" + name);
        var token = Guid.NewGuid().ToString("N");
        var database = redis.GetDatabase();
        try
        {
            if (await database.LockTakeAsync(key, token, hold))
                return new Lease(database, key, token, local!);
        }
        catch
        {
            await local!.DisposeAsync();
            throw;
        }
        await local!.DisposeAsync();
        return null;
    }

    private sealed class Lease(IDatabase database, RedisKey key, string token, IChangeFeedLease local) : IChangeFeedLease
    {
        public Task<bool> ExtendAsync(TimeSpan hold) => database.LockExtendAsync(key, token, hold);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await database.LockReleaseAsync(key, token);
            }
            catch (RedisException)
            {
                // Expires on its own.
            }
            finally
            {
                await local.DisposeAsync();
            }
        }
    }
}
