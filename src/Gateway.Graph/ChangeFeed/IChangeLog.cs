namespace Gateway.Graph.ChangeFeed;

/// <summary>The baseline the next diff starts from, as stored, with its digest.</summary>
public sealed record ChangeBaseline(string Digest, DirectorySnapshot Snapshot);

/// <summary>A page of the log. <see cref="Expired"/>: events after the cursor were already dropped by retention.</summary>
public sealed record ChangeLogPage(IReadOnlyList<ChangeLogEntry> Entries, bool Expired = false);

/// <summary>
/// The durable event log and the diff baseline, kept together so that appending a diff's events and moving the
/// baseline happen at once: a second instance diffing the same transition finds the baseline moved and appends nothing.
/// Redis Streams when <c>Cache:Redis</c> is set, else in memory (lost on restart).
/// </summary>
public interface IChangeLog
{
    /// <summary>Raised on this instance after events were appended, by this instance or (through Redis) another one.</summary>
    event Action? Appended;

    Task<ChangeBaseline?> GetBaselineAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Appends <paramref name="events"/> and stores <paramref name="next"/> as the baseline, only if the stored baseline
    /// still has <paramref name="expectedDigest"/> (null: none yet). False when another instance moved it first.
    /// </summary>
    Task<bool> CommitAsync(string? expectedDigest, DirectorySnapshot next, IReadOnlyList<ChangeEvent> events, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> entries after <paramref name="afterPosition"/> (null: from the oldest kept).</summary>
    Task<ChangeLogPage> ReadAsync(string? afterPosition, int max, CancellationToken cancellationToken);

    /// <summary>The position of the newest entry, or <c>0-0</c> for an empty log.</summary>
    Task<string> HeadAsync(CancellationToken cancellationToken);
}
