using System.Globalization;
using System.Text.Json;

namespace Gateway.Emulators.PeopleV3;

/// <summary>Wire shapes of people-api-v3.txt: numeric ids, <c>role</c> as an object, timestamps with +00:00.</summary>
internal static class PeopleV3Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static PersonItem Person(PeopleV3Person p) => new(
        p.Id, p.FirstName, p.LastName, p.Title, p.Email, new RoleRef(p.RoleId), [.. p.Groups], p.Timezone,
        Initials(p), p.ImageUrl, p.ProfileColor, p.Language, p.Suspended, p.SendInvite,
        Timestamp(p.LastActive), Timestamp(p.CreatedAt), Timestamp(p.UpdatedAt), [.. p.Projects]);

    private static string Initials(PeopleV3Person p) =>
        string.Concat(new[] { p.FirstName, p.LastName }.Where(n => n.Length > 0).Select(n => char.ToUpperInvariant(n[0])));

    private static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    public sealed record RoleRef(long Id);

    public sealed record PersonItem(
        long Id, string FirstName, string LastName, string Title, string Email, RoleRef Role, List<long> Groups,
        int Timezone, string Initials, string? ImageUrl, string ProfileColor, string Language, bool Suspended,
        bool SendInvite, string LastActive, string CreatedAt, string UpdatedAt, List<long> Projects);
}
