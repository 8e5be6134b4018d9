using System.Text.Json.Serialization;
using Gateway.Upstreams.Common.Json;

namespace Gateway.Upstreams.Worksection.Wire;

/// <summary>The fields account users and contacts share on the wire: identity, names, phones and addresses.</summary>
internal abstract class WsPersonFieldsDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public required string Id { get; init; }

    public required string Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Name { get; init; }

    public string? Title { get; init; }

    public string? Group { get; init; }

    public string? Phone { get; init; }

    [JsonPropertyName("phone2")]
    public string? Phone2 { get; init; }

    [JsonPropertyName("phone3")]
    public string? Phone3 { get; init; }

    [JsonPropertyName("phone4")]
    public string? Phone4 { get; init; }

    public string? Address { get; init; }

    [JsonPropertyName("address2")]
    public string? Address2 { get; init; }
}
