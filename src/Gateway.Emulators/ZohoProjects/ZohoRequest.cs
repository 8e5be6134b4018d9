using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Gateway.Emulators.ZohoProjects;

/// <summary>Authentication, portal check and parameter reading shared by every Zoho endpoint.</summary>
internal static class ZohoRequest
{
    private const string Scheme = "Zoho-oauthtoken ";

    /// <summary>The error to answer with when the token or the portal is wrong, else null.</summary>
    public static IResult? Reject(HttpContext http, string portalId, EmulatorOptions options)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.Ordinal) || header[Scheme.Length..].Trim() != options.ZohoAccessToken)
        {
            return ZohoJson.Error(StatusCodes.Status401Unauthorized, 6401, "Invalid OAuth access token");
        }

        return portalId == options.ZohoPortalId ? null : ZohoJson.Error(StatusCodes.Status404NotFound, 6404, "Portal does not exist");
    }

    /// <summary>Query string and form body merged; the form wins (Zoho accepts both).</summary>
    public static async Task<Dictionary<string, string>> ParametersAsync(HttpRequest request)
    {
        var values = request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (key, value) in form)
            {
                values[key] = value.ToString();
            }
        }

        return values;
    }

    /// <summary>Active (default) → true, Inactive → false, All → null; anything else is invalid.</summary>
    public static bool TryUserType(string? value, out bool? active)
    {
        active = true;
        switch (value?.ToLowerInvariant())
        {
            case null or "" or "active":
                return true;
            case "inactive":
                active = false;
                return true;
            case "all":
                active = null;
                return true;
            default:
                return false;
        }
    }

    public static bool TryRate(string? value, out decimal? rate)
    {
        rate = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            rate = parsed;
            return true;
        }

        return false;
    }

    public static IResult InvalidParameter(string name) =>
        ZohoJson.Error(StatusCodes.Status400BadRequest, 6831, $"Given value for the parameter {name} is invalid");

    public static IResult NotFound(string message) => ZohoJson.Error(StatusCodes.Status404NotFound, 6404, message);
}
