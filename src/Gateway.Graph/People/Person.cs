using Gateway.Graph.Sources;

namespace Gateway.Graph.People;

/// <summary>One human, merged across the upstreams by <see cref="EmailKey"/>. See <see cref="PersonMerger"/> for field precedence; <see cref="Links"/> are what its records say about teams and projects.</summary>
public sealed record Person(
    string Key,
    string Email,
    string? FirstName,
    string? LastName,
    string? DisplayName,
    string? Title,
    string? AvatarUrl,
    string? Department,
    PhoneNumbers Phones,
    IReadOnlyList<string> Addresses,
    decimal? TimezoneOffsetHours,
    string? Language,
    bool Active,
    bool Suspended,
    DateTimeOffset? LastActiveAt,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    string? Initials,
    string? ProfileColor,
    decimal? Rate,
    string? ProfileUrl,
    string? OtherContacts,
    IReadOnlyList<Handle> Chats,
    IReadOnlyList<Handle> Socials,
    IReadOnlyList<SourceAccount> Accounts,
    IReadOnlyList<SourceLink> Links,
    // How each field was decided: derived, and as large as the person again, so not part of a stored person (the
    // change feed's baseline); a person read back from one has no field merges.
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyDictionary<string, FieldMerge> Merge)
{
    /// <summary>The person's account in <paramref name="upstream"/>: its first-listed record there, or null.</summary>
    public SourceAccount? AccountIn(Gateway.Upstreams.Common.UpstreamName upstream) => Accounts.FirstOrDefault(a => a.Source == upstream);

    /// <summary>
    /// Where each field came from and where the person's records disagree (see <see cref="Provenance.PersonProvenance"/>).
    /// Derived from <see cref="Merge"/> and the conflict rules, so it is not part of a stored person (the change feed's
    /// baseline); a person read back from one has <see cref="Provenance.PersonProvenance.None"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Provenance.PersonProvenance Provenance { get; init; } = Gateway.Graph.Provenance.PersonProvenance.None;
}

public sealed record PhoneNumbers(string? Main, string? Office, string? Mobile, string? Home);

/// <summary>A messenger or social-network handle, e.g. ("Telegram", "@ada").</summary>
public sealed record Handle(string Service, string Value);
