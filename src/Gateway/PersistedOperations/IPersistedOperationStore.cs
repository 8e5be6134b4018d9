namespace Gateway.PersistedOperations;

/// <summary>
/// Where persisted operations live. The in-memory store holds the manifests and the automatic registrations of this
/// instance; a shared store (Redis) would let every instance know the automatic ones too.
/// </summary>
public interface IPersistedOperationStore
{
    /// <summary>The operation whose text hashes to <paramref name="hash"/> (lower-case hex), or null.</summary>
    ValueTask<PersistedOperation?> FindAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Keeps an automatically registered operation whose hash the caller has checked.</summary>
    ValueTask AddAutomaticAsync(PersistedOperation operation, CancellationToken cancellationToken);
}
