using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Emulators.Worksection;

/// <summary>Wire shapes of worksection-admin-api-v2.txt and worksection-get-users-current.txt.</summary>
internal static class WorksectionJson
{
    /// <summary>snake_case names; absent optional values (rate, contacts, services parts) are omitted, never null.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static UserItem User(WorksectionUser user, string host) => new(
        user.Id, user.FirstName, user.LastName, Name(user.FirstName, user.LastName), user.Title,
        $"https://{host}/account/user/{user.Id}/",
        new Services(user.Chats.Count > 0 ? user.Chats : null, user.Socials.Count > 0 ? user.Socials : null),
        user.Contacts, user.DateAdded.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        user.Rate, Avatar(user.Id, host), user.Group, user.Department, user.Role, user.Email,
        user.Phone, user.Phone2, user.Phone3, user.Address, user.Address2);

    public static AddedUser Added(WorksectionUser user, string host) => new(
        user.Id, user.FirstName, user.LastName, Name(user.FirstName, user.LastName), user.Title,
        Avatar(user.Id, host), user.Group, user.Department, user.Role, user.Email);

    public static ContactItem Contact(WorksectionContact c) => new(
        c.Id, c.FirstName, c.LastName, Name(c.FirstName, c.LastName), c.Title, c.Group, c.Email,
        c.Phone, c.Phone2, c.Phone3, c.Phone4, c.Address, c.Address2);

    private static string Name(string first, string last) => $"{first} {last}".Trim();

    private static string Avatar(string id, string host) => $"https://{host}/images/avatar/{id}.png";

    public sealed record Services(Dictionary<string, string>? Chats, Dictionary<string, string>? Socials);

    public sealed record UserItem(
        string Id, string FirstName, string LastName, string Name, string Title, string Url, Services Services,
        string? Contacts, string DateAdded, decimal? Rate, string Avatar, string Group, string Department, string Role,
        string Email, string Phone, string Phone2, string Phone3, string Address, string Address2);

    public sealed record AddedUser(
        string Id, string FirstName, string LastName, string Name, string Title, string Avatar, string Group,
        string Department, string Role, string Email);

    public sealed record ContactItem(
        string Id, string FirstName, string LastName, string Name, string Title, string Group, string Email,
        string Phone, string Phone2, string Phone3, string Phone4, string Address, string Address2);
}
