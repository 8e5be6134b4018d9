namespace Gateway.Upstreams.PeopleV3;

/// <summary>
/// A person from <c>GET v3/people[/{id}]</c>. <see cref="Timezone"/> is the hour offset from UTC as sent: documented as
/// whole hours, kept exact when a half- or quarter-hour zone (5.5, 5.75) comes.
/// </summary>
public sealed record PeopleV3Person(
    long Id,
    string Email,
    string? FirstName,
    string? LastName,
    string? Title,
    long? RoleId,
    IReadOnlyList<long> GroupIds,
    decimal? Timezone,
    string? Initials,
    string? ImageUrl,
    string? ProfileColor,
    string? Language,
    bool Suspended,
    bool SendInvite,
    DateTimeOffset? LastActive,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<long> ProjectIds);

/// <summary>The body of <c>POST v3/people</c> and <c>PUT v3/people/{id}</c>; <see cref="RoleId"/> is sent as a string, as documented.</summary>
public sealed record PeopleV3PersonInput(
    string Email,
    string? FirstName = null,
    string? LastName = null,
    string? Title = null,
    long? RoleId = null,
    string? Language = null,
    IReadOnlyList<long>? GroupIds = null,
    bool? Suspended = null);

public sealed record PeopleV3Group(long Id, string Name);

public sealed record PeopleV3Role(long Id, string Name);

public sealed record PeopleV3Language(string Code, string Name);
