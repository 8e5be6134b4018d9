using GraphQL.Types;

namespace Gateway.Graph.People;

public sealed class SystemStatusType : EnumerationGraphType
{
    public SystemStatusType()
    {
        Name = "SystemStatus";
        Description = "What a cross-system action did in one system.";
        Add("DONE", SystemStatus.Done, "Written now.");
        Add("ALREADY_DONE", SystemStatus.AlreadyDone, "Nothing written: the system was already in the asked state (re-running is safe).");
        Add("NOT_SUPPORTED", SystemStatus.NotSupported, "The system's API has no call for this; `reason` says what to do instead.");
        Add("FAILED", SystemStatus.Failed, "The upstream failed; `error` says how. Re-run the mutation to complete it.");
    }
}
