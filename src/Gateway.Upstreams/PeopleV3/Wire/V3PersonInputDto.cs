namespace Gateway.Upstreams.PeopleV3.Wire;

/// <summary>The create/update body; <c>role</c> is a string id, as the contract's samples show ("role":"90391275").</summary>
internal sealed class V3PersonInputDto
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public required string Email { get; init; }

    public string? Title { get; init; }

    public string? Role { get; init; }

    public string? Language { get; init; }

    public List<long>? Groups { get; init; }

    public bool? Suspended { get; init; }
}
