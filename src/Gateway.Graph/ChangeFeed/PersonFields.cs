using System.Globalization;
using System.Text.Json;
using Gateway.Graph.People;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// The person fields the change feed compares, named as in the schema, each with its value as text and the upstreams
/// that can supply it in <see cref="PersonMerger"/>'s precedence order. <c>lastActiveAt</c> and <c>updatedAt</c> are
/// left out on purpose: they move on every login or save and would turn the feed into noise.
/// </summary>
internal static class PersonFields
{
    private static readonly UpstreamName[] V3Ws = [UpstreamName.PeopleV3, UpstreamName.Worksection];
    private static readonly UpstreamName[] V3WsZoho = [UpstreamName.PeopleV3, UpstreamName.Worksection, UpstreamName.ZohoProjects];
    private static readonly UpstreamName[] WsV3 = [UpstreamName.Worksection, UpstreamName.PeopleV3];
    private static readonly UpstreamName[] WsV3Zoho = [UpstreamName.Worksection, UpstreamName.PeopleV3, UpstreamName.ZohoProjects];
    private static readonly UpstreamName[] V3Zoho = [UpstreamName.PeopleV3, UpstreamName.ZohoProjects];
    private static readonly UpstreamName[] V3 = [UpstreamName.PeopleV3];
    private static readonly UpstreamName[] Ws = [UpstreamName.Worksection];

    public sealed record Field(string Name, Func<Person, string?> Value, UpstreamName[] Sources, bool Private = false);

    public static readonly IReadOnlyList<Field> All =
    [
        new("firstName", p => p.FirstName, V3WsZoho),
        new("lastName", p => p.LastName, V3WsZoho),
        new("displayName", p => p.DisplayName, WsV3Zoho),
        new("title", p => p.Title, V3Ws),
        new("avatarUrl", p => p.AvatarUrl, WsV3),
        new("department", p => p.Department, Ws),
        new("phones", p => Json(p.Phones), Ws, Private: true),
        new("addresses", p => p.Addresses.Count == 0 ? null : Json(p.Addresses), Ws, Private: true),
        new("timezoneOffsetHours", p => p.TimezoneOffsetHours?.ToString(CultureInfo.InvariantCulture), V3),
        new("language", p => p.Language, V3),
        new("active", p => p.Active ? "true" : "false", V3Zoho),
        new("suspended", p => p.Suspended ? "true" : "false", V3),
        new("createdAt", p => p.CreatedAt?.ToString("O", CultureInfo.InvariantCulture), V3Ws),
        new("initials", p => p.Initials, V3),
        new("profileColor", p => p.ProfileColor, V3),
        new("rate", p => p.Rate?.ToString(CultureInfo.InvariantCulture), Ws),
        new("profileUrl", p => p.ProfileUrl, Ws),
        new("otherContacts", p => p.OtherContacts, Ws, Private: true),
        new("chats", p => p.Chats.Count == 0 ? null : Json(p.Chats), Ws, Private: true),
        new("socials", p => p.Socials.Count == 0 ? null : Json(p.Socials), Ws),
        new("accounts", p => Json(p.Accounts.Select(a => new { source = a.Source.Code(), a.ExternalId, a.Role, a.Active })), []),
    ];

    /// <summary>
    /// The upstream a field's value comes from: the first in precedence order the person has an account in. An
    /// approximation of the merge's own provenance, which replaces it once the merge reports provenance per field.
    /// </summary>
    public static UpstreamName? SourceOf(Field field, Person person) =>
        field.Sources.Cast<UpstreamName?>().FirstOrDefault(s => person.Accounts.Any(a => a.Source == s));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
