using StackExchange.Redis;

namespace Gateway.PersistedOperations;

/// <summary>
/// Automatic registrations shared through Redis (<c>Cache:Redis</c>), so an operation one instance learnt is known to
/// every instance. The manifests and this instance's recent operations (with their parsed documents) stay in memory in
/// front of it. Redis holds only what clients can send again: when it is down or slow, a lookup is a miss (the client
/// resends the text) and a registration stays local; a request never fails because of it.
/// </summary>
public sealed class RedisPersistedOperationStore(
    InMemoryPersistedOperationStore local, IConnectionMultiplexer redis, ILogger<RedisPersistedOperationStore> logger) : IPersistedOperationStore
{
    private const string KeyPrefix = "people-graph:persisted-operation:";

    /// <summary>How long an automatic registration lives in Redis after it was last written.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromDays(7);

    public async ValueTask<PersistedOperation?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        var known = await local.FindAsync(hash, cancellationToken);
        if (known is not null)
            return known;
        RedisValue text;
        try
        {
            text = await redis.GetDatabase().StringGetAsync(KeyPrefix + hash);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("Redis unavailable for persisted operation lookups ({ErrorType}); treating the hash as unknown.", exception.GetType().Name);
            return null;
        }
        // What Redis holds is checked like a client's text: a changed or corrupted entry is never run.
        if (text.IsNullOrEmpty || OperationHash.Of(text.ToString()) != hash)
            return null;
        var operation = new PersistedOperation(hash, text.ToString(), trusted: false);
        await local.AddAutomaticAsync(operation, cancellationToken);
        return operation;
    }

    public async ValueTask AddAutomaticAsync(PersistedOperation operation, CancellationToken cancellationToken)
    {
        await local.AddAutomaticAsync(operation, cancellationToken);
        try
        {
            await redis.GetDatabase().StringSetAsync(KeyPrefix + operation.Hash, operation.Text, Expiry);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("Redis unavailable for persisted operation registrations ({ErrorType}); kept on this instance only.", exception.GetType().Name);
        }
    }
}
