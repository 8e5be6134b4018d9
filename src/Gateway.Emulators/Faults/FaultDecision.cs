namespace Gateway.Emulators.Faults;

/// <summary>What to do to one request.</summary>
internal sealed record FaultDecision(FaultKind Kind, TimeSpan Delay, int ErrorStatus, int RetryAfterSeconds)
{
    public static readonly FaultDecision None = new(FaultKind.None, TimeSpan.Zero, 0, 0);
}

/// <summary>The ways a request can be spoilt.</summary>
internal enum FaultKind
{
    None,
    Hang,
    RateLimit,
    Error,
    Html,
    MalformedJson,
}
