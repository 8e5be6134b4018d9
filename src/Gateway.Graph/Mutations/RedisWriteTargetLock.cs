using Medallion.Threading.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gateway.Graph.Mutations;

/// <summary>
/// The write-target lock shared by every instance through Redis (<c>Cache:Redis</c>). The lease is DistributedLock.Redis's:
/// taken with <c>SET NX PX</c>, extended in the background for as long as the write runs, released only by its holder,
/// and expiring on its own (<see cref="MutationOptions.WriteLockLease"/>) when the holder died. This instance's own
/// lock is taken first, so the waiters for one target queue here and only the first of them polls Redis.
/// <para>
/// Redis never fails or holds up a write. When it is down, or has not answered within
/// <see cref="MutationOptions.WriteLockRedisTimeout"/>, the write goes on under this instance's lock alone, which is
/// then all that holds; Redis is asked again on the next write (after that same timeout when it was slow), so recovery
/// needs no restart.
/// </para>
/// </summary>
public sealed class RedisWriteTargetLock(
    InProcessWriteTargetLock local,
    IConnectionMultiplexer redis,
    IOptions<MutationOptions> options,
    TimeProvider clock,
    ILogger<RedisWriteTargetLock> logger) : IWriteTargetLock
{
    /// <summary>Followed by the target's name (<see cref="WriteTargets"/>), like the other <c>gateway:</c> keys.</summary>
    public const string KeyPrefix = "gateway:write-lock:";

    // How long one wait for a target another instance holds lasts before Redis's health is looked at again.
    private static readonly TimeSpan PollWindow = TimeSpan.FromSeconds(5);

    // Short sleeps between polls, so that a waiter follows a released target quickly; only one waiter per instance polls.
    private static readonly TimeSpan MinPollSleep = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxPollSleep = TimeSpan.FromMilliseconds(200);

    private long _redisSlowUntilTicks;

    public async ValueTask<IAsyncDisposable> AcquireAsync(string target, CancellationToken ct)
    {
        var here = await local.AcquireAsync(target, ct);
        try
        {
            return await AcquireSharedAsync(target, ct) is { } shared
                ? new Holder(shared, here, options.Value.WriteLockRedisTimeout, logger)
                : here;
        }
        catch
        {
            await here.DisposeAsync();
            throw;
        }
    }

    /// <summary>The Redis lease of <paramref name="target"/>; null when Redis is down or slow (this instance's lock alone holds).</summary>
    private async Task<RedisDistributedLockHandle?> AcquireSharedAsync(string target, CancellationToken ct)
    {
        var settings = options.Value;
        // The library gives up on an attempt Redis answers later than lease minus MinValidityTime, and says "held"
        // (null). Half the lease leaves that well beyond the timeout, so a slow Redis is noticed as slow below.
        var shared = new RedisDistributedLock(KeyPrefix + target, redis.GetDatabase(), o => o
            .Expiry(settings.WriteLockLease)
            .MinValidityTime(settings.WriteLockLease / 2)
            .BusyWaitSleepTime(MinPollSleep, MaxPollSleep));
        // The first attempt does not wait, so that a Redis that does not answer is noticed within the timeout.
        var window = TimeSpan.Zero;
        while (true)
        {
            if (clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _redisSlowUntilTicks))
                return null;
            if (!redis.IsConnected)
                return Unavailable("not connected");

            var attempt = shared.TryAcquireAsync(window, ct).AsTask();
            try
            {
                if (await attempt.WaitAsync(window + settings.WriteLockRedisTimeout, clock, ct) is { } handle)
                    return handle;
                // Another instance holds the target: wait for it, looking at Redis's health again after each window.
                window = PollWindow;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                ReleaseIfTakenLate(attempt);
                if (e is TimeoutException)
                    Interlocked.Exchange(ref _redisSlowUntilTicks, (clock.GetUtcNow() + settings.WriteLockRedisTimeout).UtcTicks);
                return Unavailable(e.GetType().Name);
            }
            catch
            {
                ReleaseIfTakenLate(attempt);
                throw;
            }
        }
    }

    private RedisDistributedLockHandle? Unavailable(string reason)
    {
        // The reason is an exception type or a state, never the connection string (which may hold the password).
        logger.LogWarning("Redis unavailable for the write-target lock ({Reason}); this write is serialized on this instance only.", reason);
        return null;
    }

    // An attempt given up on (timed out, request cancelled) may still take the lease: free it as soon as it does.
    private static void ReleaseIfTakenLate(Task<RedisDistributedLockHandle?> attempt) => _ = ReleaseWhenTakenAsync(attempt);

    private static async Task ReleaseWhenTakenAsync(Task<RedisDistributedLockHandle?> attempt)
    {
        try
        {
            if (await attempt is { } handle)
                await handle.DisposeAsync();
        }
        catch (Exception)
        {
            // Nothing was taken (Redis failed the attempt, the request was cancelled), or the lease ends on its own.
        }
    }

    private sealed class Holder(RedisDistributedLockHandle shared, IAsyncDisposable here, TimeSpan timeout, ILogger logger) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            try
            {
                // Released in Redis first, so that this instance's next waiter finds the target free there too.
                await shared.DisposeAsync().AsTask().WaitAsync(timeout);
            }
            catch (Exception e)
            {
                logger.LogWarning("Redis did not release a write-target lock ({ErrorType}); it frees itself when its lease ends.", e.GetType().Name);
            }
            finally
            {
                await here.DisposeAsync();
            }
        }
    }
}
