using System.Globalization;
using System.Text.Json;
using Gateway.Graph.People;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// The person fields the change feed compares, named as in the schema, each with its value as text. <c>lastActiveAt</c> and <c>updatedAt</c> are
/// left out on purpose: they move on every login or save and would turn the feed into noise.
/// </summary>
internal static class PersonFields
{
    public sealed record Field(string Name, Func<Person, string?> Value, bool Private = false);

    public static readonly IReadOnlyList<Field> All =
    [
        new("firstName", p => p.FirstName),
        new("lastName", p => p.LastName),
        new("displayName", p => p.DisplayName),
        new("title", p => p.Title),
        new("avatarUrl", p => p.AvatarUrl),
        new("department", p => p.Department),
        // A person no record gives a phone to has four empty numbers: no value, like the other empty fields.
        new("phones", p => p.Phones is { Main: null, Office: null, Mobile: null, Home: null } ? null : Json(p.Phones), Private: true),
        new("addresses", p => p.Addresses.Count == 0 ? null : Json(p.Addresses), Private: true),
        new("timezoneOffsetHours", p => p.TimezoneOffsetHours?.ToString(CultureInfo.InvariantCulture)),
        new("language", p => p.Language),
        new("active", p => p.Active ? "true" : "false"),
        new("suspended", p => p.Suspended ? "true" : "false"),
        new("createdAt", p => p.CreatedAt?.ToString("O", CultureInfo.InvariantCulture)),
        new("initials", p => p.Initials),
        new("profileColor", p => p.ProfileColor),
        new("rate", p => p.Rate?.ToString(CultureInfo.InvariantCulture)),
        new("profileUrl", p => p.ProfileUrl),
        new("otherContacts", p => p.OtherContacts, Private: true),
        new("chats", p => p.Chats.Count == 0 ? null : Json(p.Chats), Private: true),
        new("socials", p => p.Socials.Count == 0 ? null : Json(p.Socials)),
        new("accounts", p => Json(p.Accounts.Select(a => new { source = a.Source.Code, a.ExternalId, a.Role, a.Active }))),
    ];

    /// <summary>
    /// Per upstream code, the space-separated compared fields whose value it gave, as the merge decided it (its
    /// per-field provenance): what a stored baseline keeps of <see cref="Person.Merge"/> (<see cref="SnapshotPerson.Sources"/>).
    /// Fields the merge does not decide (accounts) or that no account holds have none.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SourcesOf(Person person) =>
        All.Select(f => (f.Name, Source: person.Merge.TryGetValue(f.Name, out var merge) ? merge.Chosen?.Source : null))
            .Where(f => f.Source is not null)
            .GroupBy(f => f.Source!.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(' ', g.Select(f => f.Name)), StringComparer.Ordinal);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
