namespace Gateway.Tests.Http;

/// <summary>Counts mutations and resolver calls, so "never executed" is observable.</summary>
public sealed class ExecutionCounter
{
    private int _mutations;
    private int _resolved;

    public int Mutations => Volatile.Read(ref _mutations);

    public int Resolved => Volatile.Read(ref _resolved);

    public int Increment() => Interlocked.Increment(ref _mutations);

    public void Resolve() => Interlocked.Increment(ref _resolved);
}
