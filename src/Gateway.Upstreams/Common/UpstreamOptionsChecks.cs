namespace Gateway.Upstreams.Common;

/// <summary>Shared checks for the per-upstream options validators, phrased with the configuration key.</summary>
internal static class UpstreamOptionsChecks
{
    public static void RequireBaseUrl(List<string> failures, string section, Uri? baseUrl)
    {
        if (baseUrl is null)
        {
            failures.Add($"{section}:BaseUrl is required");
        }
        else if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{section}:BaseUrl must be an absolute http or https URL");
        }
    }

    public static void RequireText(List<string> failures, string section, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{section}:{key} is required");
        }
    }

    /// <summary>Base URLs are API roots; without a trailing slash, relative paths would replace the last segment.</summary>
    public static Uri AsRoot(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
