using GraphQL.Types;

namespace Gateway.Graph.Provenance;

public sealed class ConflictKindType : EnumerationGraphType
{
    public ConflictKindType()
    {
        Name = "ConflictKind";
        Description = "How a person's records disagree.";
        Add("VALUE_MISMATCH", ConflictKind.ValueMismatch, "Records hold different values for a field (compared trimmed and case-folded).");
        Add("ACTIVE_MISMATCH", ConflictKind.ActiveMismatch, "Active in one system, inactive or suspended in another: an offboarding that did not reach every system.");
        Add("DUPLICATE_ACCOUNT", ConflictKind.DuplicateAccount, "More than one record with the person's email in one system.");
        Add("MISSING_ACCOUNT", ConflictKind.MissingAccount, "Active in People v3 but without an account in a system `Graph:Conflicts:RequireAccountIn` names (off by default).");
    }
}
