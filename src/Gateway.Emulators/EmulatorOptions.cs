using Gateway.Emulators.Faults;

namespace Gateway.Emulators;

/// <summary>
/// Sizes of the seeded data, the credentials the emulators accept and the faults active at start-up.
/// Bound from the <c>Emulators</c> configuration section when run as a program.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Configuration section the program binds.</summary>
    public const string SectionName = "Emulators";

    /// <summary>Seed of the deterministic generator: the same seed and sizes give the same data.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Distinct people spread over the three upstreams (the anchor person included).</summary>
    public int People { get; set; } = 60;

    /// <summary>Worksection user groups (teams); People API v3 gets as many groups.</summary>
    public int Teams { get; set; } = 8;

    /// <summary>Worksection contacts.</summary>
    public int Contacts { get; set; } = 30;

    /// <summary>Worksection contact folders, the first one a preset folder.</summary>
    public int ContactFolders { get; set; } = 4;

    /// <summary>Projects in Zoho, in Worksection and in People API v3 (each has its own id space).</summary>
    public int Projects { get; set; } = 10;

    /// <summary>Key the Worksection hash is computed with.</summary>
    public string WorksectionApiKey { get; set; } = "demo-worksection-key";

    /// <summary>The only Zoho portal id that exists.</summary>
    public string ZohoPortalId { get; set; } = "demo-portal";

    /// <summary>Token expected in <c>Authorization: Zoho-oauthtoken TOKEN</c>.</summary>
    public string ZohoAccessToken { get; set; } = "demo-zoho-token";

    /// <summary>
    /// Licensed seats of the Zoho portal; <c>availcount</c> is this minus the active users.
    /// Zero means "seeded active users plus 25".
    /// </summary>
    public int ZohoPortalCapacity { get; set; }

    /// <summary>Token expected in <c>Authorization: Bearer TOKEN</c> by People API v3.</summary>
    public string PeopleV3AccessToken { get; set; } = "demo-peoplev3-token";

    /// <summary>Faults active from start-up, keyed by upstream name (see <see cref="EmulatorUpstreams"/>).</summary>
    public Dictionary<string, FaultSettings> Faults { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
