namespace Gateway.Emulators.Seeding;

/// <summary>
/// One real-world person before being spread over the upstreams; each upstream's seed reads the parts it keeps.
/// The per-upstream emails differ only in letter case or surrounding spaces, as they do in real accounts.
/// </summary>
internal sealed record SeedPerson(
    int Index,
    string FirstName,
    string LastName,
    string Title,
    string Department,
    int TeamIndex,
    (string City, string Street, int Offset) Place,
    string Phone,
    string Language)
{
    public bool InWorksection { get; init; }

    public bool InZoho { get; init; }

    public bool InPeopleV3 { get; init; }

    public string WorksectionEmail { get; init; } = "";

    public string ZohoEmail { get; init; } = "";

    public string PeopleV3Email { get; init; } = "";

    /// <summary>Title in People API v3; sometimes conflicts with <see cref="Title"/>.</summary>
    public string PeopleV3Title { get; init; } = "";

    public bool ZohoActive { get; init; } = true;

    public bool PeopleV3Suspended { get; init; }

    /// <summary>The name Zoho Projects holds when it differs from <see cref="Name"/> (see <see cref="SeededConflicts"/>).</summary>
    public string? ZohoName { get; init; }

    /// <summary>The email of a second, older Worksection account user of the same person, if any.</summary>
    public string? WorksectionDuplicateEmail { get; init; }

    /// <summary>A second People API v3 record of the same person (email as stored, language, UTC offset), if any.</summary>
    public (string Email, string Language, int Offset)? PeopleV3Duplicate { get; init; }

    public string Name => $"{FirstName} {LastName}";

    public int UpstreamCount => (InWorksection ? 1 : 0) + (InZoho ? 1 : 0) + (InPeopleV3 ? 1 : 0);
}
