using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Gateway.Emulators.ZohoProjects;

/// <summary>Wire shapes of zoho-projects-users-api.txt: string ids, rates as strings with three decimals.</summary>
internal static class ZohoJson
{
    public const string ContentType = "application/json;charset=utf-8";

    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Project listing item; <c>rate</c> only on members that have one (an extension of the documented sample).</summary>
    public static object ProjectUser(ZohoUser user, ZohoMember member) =>
        new { id = user.Id, name = user.Name, active = user.Active, email = user.Email, role = member.Role, rate = Rate(member.Rate) };

    /// <summary>Add/update answer item: always carries the rate, as the documented samples do.</summary>
    public static object ChangedUser(ZohoUser user, ZohoMember member) =>
        new { id = user.Id, name = user.Name, email = user.Email, role = member.Role, rate = Rate(member.Rate) ?? "0.000" };

    public static object PortalUser(ZohoUser user) =>
        new { role = user.Role, name = user.Name, active = user.Active, id = user.Id, email = user.Email };

    /// <summary>Project list item (not in the users doc; Zoho's projects API shape: numeric id plus id_string).</summary>
    public static object Project(ZohoProject project) => new
    {
        id = project.Id,
        id_string = project.Id.ToString(CultureInfo.InvariantCulture),
        name = project.Name,
        status = project.Status,
        description = project.Description,
        owner_name = project.OwnerName,
        created_date = project.CreatedDate.ToString("MM-dd-yyyy", CultureInfo.InvariantCulture),
        created_date_long = new DateTimeOffset(project.CreatedDate, TimeSpan.Zero).ToUnixTimeMilliseconds(),
    };

    public static IResult Json(object body, int status = StatusCodes.Status200OK) =>
        Results.Json(body, Options, ContentType, status);

    public static IResult Error(int status, int code, string message) =>
        Json(new { error = new { code, message } }, status);

    private static string? Rate(decimal? rate) => rate?.ToString("0.000", CultureInfo.InvariantCulture);
}
