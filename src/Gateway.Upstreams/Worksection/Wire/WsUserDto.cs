using System.Text.Json.Serialization;
using Gateway.Upstreams.Common.Json;

namespace Gateway.Upstreams.Worksection.Wire;

/// <summary>A <c>get_users</c>/<c>add_user</c> item (worksection-get-users-current.txt).</summary>
internal sealed class WsUserDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public required string Id { get; init; }

    public required string Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Name { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Avatar { get; init; }

    public string? Group { get; init; }

    public string? Department { get; init; }

    public string? Role { get; init; }

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

    /// <summary><c>{"chats":{…},"socials":{…}}</c>, <c>{}</c>, or PHP's empty array <c>[]</c>.</summary>
    public WsServices? Services { get; init; }

    public string? Contacts { get; init; }

    /// <summary>"YYYY-MM-DD HH:MM"; absent unless an admin token is used.</summary>
    public string? DateAdded { get; init; }

    public decimal? Rate { get; init; }
}
