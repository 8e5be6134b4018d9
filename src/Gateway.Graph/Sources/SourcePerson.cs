using Gateway.Graph.People;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Sources;

/// <summary>
/// One person record of one upstream, normalised: what it says about the person (<see cref="Profile"/>, each field
/// null when that upstream does not hold it), the account it is in that system and the relations it states.
/// </summary>
public sealed record SourcePerson(SourceAccount Account, PersonProfile Profile, IReadOnlyList<SourceLink> Links)
{
    public UpstreamName Source => Account.Source;
}

/// <summary>The mergeable fields of a person as one upstream record holds them; null (or empty) where it holds nothing.</summary>
public sealed record PersonProfile
{
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? DisplayName { get; init; }
    public string? Title { get; init; }
    public string? AvatarUrl { get; init; }
    public string? Department { get; init; }
    public PhoneNumbers? Phones { get; init; }
    public IReadOnlyList<string>? Addresses { get; init; }
    public decimal? TimezoneOffsetHours { get; init; }
    public string? Language { get; init; }
    public bool? Active { get; init; }
    public bool? Suspended { get; init; }
    public DateTimeOffset? LastActiveAt { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public string? Initials { get; init; }
    public string? ProfileColor { get; init; }
    public decimal? Rate { get; init; }
    public string? ProfileUrl { get; init; }
    public string? OtherContacts { get; init; }
    public IReadOnlyList<Handle>? Chats { get; init; }
    public IReadOnlyList<Handle>? Socials { get; init; }

    /// <summary>First and last name joined by a space, either left out when blank.</summary>
    public static string FullName(string? first, string? last) =>
        string.Join(' ', new[] { first, last }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));
}
