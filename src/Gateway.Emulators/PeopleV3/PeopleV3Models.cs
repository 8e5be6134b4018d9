namespace Gateway.Emulators.PeopleV3;

/// <summary>A person of the account, as the People API v3 contract lists it.</summary>
internal sealed class PeopleV3Person
{
    public required long Id { get; init; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Title { get; set; } = "";
    public required string Email { get; set; }
    public long RoleId { get; set; }
    public List<long> Groups { get; set; } = [];
    public int Timezone { get; set; }
    public string? ImageUrl { get; set; }
    public string ProfileColor { get; set; } = "#781f1f";
    public string Language { get; set; } = "en";
    public bool Suspended { get; set; }
    public bool SendInvite { get; set; } = true;
    public DateTimeOffset LastActive { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<long> Projects { get; set; } = [];
}

/// <summary>A named item of the groups or roles list.</summary>
internal sealed record PeopleV3Named(long Id, string Name);

/// <summary>A supported language.</summary>
internal sealed record PeopleV3Language(string Code, string Name);

/// <summary>Everything the People API v3 emulator serves.</summary>
internal sealed class PeopleV3Data
{
    public List<PeopleV3Person> People { get; } = [];
    public List<PeopleV3Named> Groups { get; } = [];
    public List<PeopleV3Named> Roles { get; } = [];
    public List<PeopleV3Language> Languages { get; } = [];
    public List<long> ProjectIds { get; } = [];
}
