using System.Text.Json.Serialization;
using Gateway.Upstreams.Common.Json;

namespace Gateway.Upstreams.ZohoProjects.Wire;

/// <summary>A portal or project user; ids and rate arrive as strings ("2060758", "20.750").</summary>
internal sealed class ZohoUserDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required string Email { get; init; }

    public string? Role { get; init; }

    public bool? Active { get; init; }

    public decimal? Rate { get; init; }
}
