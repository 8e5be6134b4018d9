using System.Globalization;
using Gateway.Upstreams.ZohoProjects.Wire;

namespace Gateway.Upstreams.ZohoProjects;

/// <summary>Wire DTOs to the public records. Emails are returned exactly as sent; the graph normalises them.</summary>
internal static class ZohoMapping
{
    public static ZohoPortalUser ToPortalUser(ZohoUserDto u, ZohoUserType filter) =>
        // Without "active", the filter asked for tells it; "All" lists are documented to carry the flag.
        new(u.Id, u.Name ?? "", u.Email, u.Role ?? "", u.Active ?? filter != ZohoUserType.Inactive);

    public static ZohoProjectUser ToProjectUser(ZohoUserDto u) => new(u.Id, u.Name ?? "", u.Email, u.Role ?? "", u.Active, u.Rate);

    public static ZohoProject? ToProject(ZohoProjectDto p)
    {
        var id = p.IdString ?? p.Id?.ToString(CultureInfo.InvariantCulture);
        return id is null ? null : new ZohoProject(id, p.Name, p.Status ?? "", p.Description, p.OwnerName, CreatedAt(p));
    }

    private static DateTimeOffset? CreatedAt(ZohoProjectDto p)
    {
        if (p.CreatedDateLong is { } ms)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        return DateTime.TryParseExact(p.CreatedDate, "MM-dd-yyyy", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;
    }
}
