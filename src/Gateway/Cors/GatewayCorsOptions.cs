using System.ComponentModel.DataAnnotations;

namespace Gateway.Cors;

/// <summary>Which browser origins may call the gateway, bound from <c>Cors</c>.</summary>
public sealed class GatewayCorsOptions
{
    public const string SectionName = "Cors";

    /// <summary>
    /// Exact origins (<c>https://app.example.com</c>) allowed to call the endpoint from a browser. Unset: none in
    /// Production; any http origin on localhost, 127.0.0.1 or [::1] in Development.
    /// </summary>
    public string[]? AllowedOrigins { get; set; }

    /// <summary>Whether browsers may send cookies and HTTP authentication; the bearer header does not need it.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may reuse a preflight answer (<c>Access-Control-Max-Age</c>); Chromium caps it at 2 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
