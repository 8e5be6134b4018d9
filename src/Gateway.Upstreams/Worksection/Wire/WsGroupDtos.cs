using System.Text.Json.Serialization;
using Gateway.Upstreams.Common.Json;

namespace Gateway.Upstreams.Worksection.Wire;

/// <summary>A user team; <c>client</c> is documented as a number (0/1), tolerated as a string.</summary>
internal sealed class WsUserGroupDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Type { get; init; }

    public int? Client { get; init; }
}

/// <summary>A contact folder; <c>type</c> is <c>preset</c> or <c>folder</c>.</summary>
internal sealed class WsContactGroupDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Type { get; init; }
}
