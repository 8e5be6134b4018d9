namespace Gateway.Graph.Provenance;

public enum ConflictKind
{
    /// <summary>Records of one person hold different values for a compared field (after normalisation).</summary>
    ValueMismatch,

    /// <summary>Active in one system, inactive or suspended in another: an offboarding that did not reach every system.</summary>
    ActiveMismatch,

    /// <summary>More than one record with the person's email in one system.</summary>
    DuplicateAccount,

    /// <summary>Active in People v3 (the HR record) without an account in a system the rules require.</summary>
    MissingAccount,
}
