namespace Gateway.Graph.Mutations;

/// <summary>
/// Serializes writes to one target (a person, a project, a team name…): while one mutation holds a target, another
/// mutation of the same target waits, then reads the state the first one left and answers as if it had come after it
/// (ten parallel <c>inviteUser</c> of one email: one <c>add_user</c>, nine DuplicateEmailError). The same target is
/// named the same way by every mutation that can change it (<see cref="WriteTargets"/>).
/// <see cref="InProcessWriteTargetLock"/> serializes within this instance; <see cref="RedisWriteTargetLock"/>, used
/// when <c>Cache:Redis</c> is set, across every instance.
/// </summary>
public interface IWriteTargetLock
{
    /// <summary>Waits until no other write holds <paramref name="target"/>; disposing the result lets the next one in.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string target, CancellationToken ct);
}
