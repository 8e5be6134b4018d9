namespace Gateway.Emulators;

/// <summary>Upstream names used by the call counter, the fault settings and the control endpoints.</summary>
public static class EmulatorUpstreams
{
    /// <summary>Worksection admin API v2.</summary>
    public const string Worksection = "worksection";

    /// <summary>Zoho Projects users API.</summary>
    public const string Zoho = "zoho";

    /// <summary>People API v3.</summary>
    public const string PeopleV3 = "peoplev3";

    /// <summary>All three names.</summary>
    public static readonly IReadOnlyList<string> All = [Worksection, Zoho, PeopleV3];
}
