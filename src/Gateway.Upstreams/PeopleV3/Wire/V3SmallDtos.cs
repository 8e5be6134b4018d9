using System.Text.Json;

namespace Gateway.Upstreams.PeopleV3.Wire;

internal sealed class V3GroupDto
{
    public required long Id { get; init; }

    public required string Name { get; init; }
}

internal sealed class V3RoleDto
{
    public required long Id { get; init; }

    public required string Name { get; init; }
}

internal sealed class V3LanguageDto
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}

/// <summary>A 400/422 body: <c>{"message":"…","errors":{"email":["…"]}}</c>.</summary>
internal sealed class V3ErrorBody
{
    public string? Message { get; init; }

    public Dictionary<string, JsonElement>? Errors { get; init; }
}
