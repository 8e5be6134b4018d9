namespace Gateway.Graph.People;

public enum SystemStatus
{
    /// <summary>Written now.</summary>
    Done,
    /// <summary>Nothing to write: the system was already in the asked state.</summary>
    AlreadyDone,
    /// <summary>The system's contract has no call for it.</summary>
    NotSupported,
    /// <summary>The upstream failed; see the error.</summary>
    Failed,
}
