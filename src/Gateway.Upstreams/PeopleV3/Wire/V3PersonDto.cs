namespace Gateway.Upstreams.PeopleV3.Wire;

/// <summary>A person as in people-api-v3.txt: numeric ids, <c>role</c> as <c>{"id":…}</c>, ISO 8601 dates.</summary>
internal sealed class V3PersonDto
{
    public required long Id { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Title { get; init; }

    public required string Email { get; init; }

    public V3RoleRefDto? Role { get; init; }

    public List<long>? Groups { get; init; }

    // Documented as whole hours; read as a decimal so a half-hour zone (5.5) neither fails the list nor loses its half.
    public decimal? Timezone { get; init; }

    public string? Initials { get; init; }

    public string? ImageUrl { get; init; }

    public string? ProfileColor { get; init; }

    public string? Language { get; init; }

    public bool? Suspended { get; init; }

    public bool? SendInvite { get; init; }

    public DateTimeOffset? LastActive { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public List<long>? Projects { get; init; }
}

internal sealed class V3RoleRefDto
{
    public long? Id { get; init; }
}
