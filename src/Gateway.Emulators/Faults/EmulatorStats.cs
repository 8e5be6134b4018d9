namespace Gateway.Emulators.Faults;

/// <summary>Body of <c>GET /_emulator/stats</c>.</summary>
/// <param name="Total">All counted calls.</param>
/// <param name="Calls">Counts per upstream and operation.</param>
public sealed record EmulatorStats(int Total, IReadOnlyList<EmulatorCallCount> Calls)
{
    /// <summary>Calls of one operation (the Worksection action, or <c>METHOD route-template</c>); zero when none.</summary>
    public int Count(string upstream, string operation) =>
        Calls.Where(call => call.Upstream == upstream && call.Operation == operation).Sum(call => call.Count);

    /// <summary>Calls to one upstream, all operations together.</summary>
    public int CountUpstream(string upstream) =>
        Calls.Where(call => call.Upstream == upstream).Sum(call => call.Count);
}

/// <summary>One row of <see cref="EmulatorStats"/>.</summary>
/// <param name="Upstream">worksection, zoho or peoplev3.</param>
/// <param name="Operation">The Worksection action, or <c>METHOD route-template</c> relative to the upstream root.</param>
/// <param name="Count">Number of calls.</param>
public sealed record EmulatorCallCount(string Upstream, string Operation, int Count);
