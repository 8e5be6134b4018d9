namespace Gateway.Upstreams.ZohoProjects;

/// <summary>Where and how to call the Zoho Projects REST API (section <c>Upstreams:ZohoProjects</c>).</summary>
public sealed class ZohoProjectsOptions
{
    public const string SectionName = "Upstreams:ZohoProjects";

    /// <summary>The API root, e.g. <c>https://projectsapi.zoho.com/restapi/</c>.</summary>
    public Uri? BaseUrl { get; set; }

    public string PortalId { get; set; } = "";

    /// <summary>Sent as <c>Authorization: Zoho-oauthtoken …</c>; never logged.</summary>
    public string AccessToken { get; set; } = "";
}
