using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Gateway.Emulators.ZohoProjects;

/// <summary>Portal user endpoints: list (paged), remaining seats, activate/deactivate.</summary>
internal static class ZohoPortalEndpoints
{
    public static IResult AvailableCount(HttpContext http, string portalId, ZohoStore store, EmulatorOptions options) =>
        ZohoRequest.Reject(http, portalId, options)
        ?? ZohoJson.Json(new { available_user_count = store.AvailableCount().ToString(CultureInfo.InvariantCulture) });

    public static IResult ListUsers(HttpContext http, string portalId, string? usertype, ZohoStore store, EmulatorOptions options)
    {
        if (ZohoRequest.Reject(http, portalId, options) is { } rejected)
        {
            return rejected;
        }

        if (!ZohoRequest.TryUserType(usertype, out var active))
        {
            return ZohoRequest.InvalidParameter("usertype");
        }

        return ZohoPaging.TryPage(http.Request, store.PortalUsers(active), out var users, out var error)
            ? ZohoJson.Json(new { users })
            : error!;
    }

    /// <summary>One URL for both: the parameter name (<c>activate</c> or <c>deactivate</c>) tells them apart.</summary>
    public static async Task<IResult> ActivateAsync(HttpContext http, string portalId, ZohoStore store, EmulatorOptions options)
    {
        if (ZohoRequest.Reject(http, portalId, options) is { } rejected)
        {
            return rejected;
        }

        var parameters = await ZohoRequest.ParametersAsync(http.Request);
        var activate = parameters.TryGetValue("activate", out var userId);
        if (!activate && !parameters.TryGetValue("deactivate", out userId))
        {
            return ZohoRequest.InvalidParameter("activate");
        }

        if (!long.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return ZohoRequest.InvalidParameter(activate ? "activate" : "deactivate");
        }

        if (!store.SetActive(userId!, activate))
        {
            return ZohoRequest.NotFound("User does not exist");
        }

        return ZohoJson.Json(new { response = activate ? "User Activated Successfully" : "User Deactivated Successfully" });
    }
}
