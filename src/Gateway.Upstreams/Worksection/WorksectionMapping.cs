using System.Globalization;
using Gateway.Upstreams.Worksection.Wire;

namespace Gateway.Upstreams.Worksection;

/// <summary>Wire DTOs to the public records.</summary>
internal static class WorksectionMapping
{
    public static WorksectionUser ToUser(WsUserDto u) => new(
        u.Id, u.Email, u.FirstName, u.LastName, u.Name, u.Title, u.Url, u.Avatar, u.Group, u.Department, u.Role,
        u.Phone, u.Phone2, u.Phone3, u.Phone4, u.Address, u.Address2,
        u.Services?.Chats ?? WsServices.None, u.Services?.Socials ?? WsServices.None, u.Contacts, ParseDateAdded(u.DateAdded), u.Rate);

    public static WorksectionContact ToContact(WsContactDto c) => new(
        c.Id, c.Email, c.FirstName, c.LastName, c.Name, c.Title, c.Group,
        c.Phone, c.Phone2, c.Phone3, c.Phone4, c.Address, c.Address2);

    // A client team is "client: 1"; a type of "client" says the same where the flag is missing or 0.
    public static WorksectionUserGroup ToUserGroup(WsUserGroupDto g) =>
        new(g.Id, g.Title, g.Client == 1 || string.Equals(g.Type?.Trim(), "client", StringComparison.OrdinalIgnoreCase),
            string.IsNullOrWhiteSpace(g.Type) ? null : g.Type.Trim());

    public static WorksectionContactGroup ToContactGroup(WsContactGroupDto g) => new(g.Id, g.Title, g.Type ?? "folder");

    // "YYYY-MM-DD HH:MM" with no zone (read as UTC). Unparsable values such as PHP's "0000-00-00 00:00"
    // become null: an odd invitation date must not cost the whole user list.
    private static DateTimeOffset? ParseDateAdded(string? value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? new DateTimeOffset(parsed, TimeSpan.Zero)
            : null;
}
