namespace Gateway.Emulators;

/// <summary>
/// The gateway configuration that points it at emulators served from one root address: each upstream's base URL and
/// the credentials the emulators accept. The one place the embedded host, the test fixtures and the bench take them from.
/// </summary>
public static class EmulatorGatewaySettings
{
    public const string WorksectionPath = "worksection/api/admin/v2/";
    public const string ZohoPath = "zoho/restapi/";
    public const string PeopleV3Path = "peoplev3/v3/";

    /// <summary>The <c>Upstreams:*</c> settings for emulators at <paramref name="root"/> started with <paramref name="options"/>.</summary>
    public static IReadOnlyDictionary<string, string?> For(Uri root, EmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(options);
        return new Dictionary<string, string?>
        {
            ["Upstreams:Worksection:BaseUrl"] = new Uri(root, WorksectionPath).ToString(),
            ["Upstreams:Worksection:ApiKey"] = options.WorksectionApiKey,
            ["Upstreams:ZohoProjects:BaseUrl"] = new Uri(root, ZohoPath).ToString(),
            ["Upstreams:ZohoProjects:PortalId"] = options.ZohoPortalId,
            ["Upstreams:ZohoProjects:AccessToken"] = options.ZohoAccessToken,
            ["Upstreams:PeopleV3:BaseUrl"] = new Uri(root, PeopleV3Path).ToString(),
            ["Upstreams:PeopleV3:AccessToken"] = options.PeopleV3AccessToken,
        };
    }

    /// <summary>The settings for <paramref name="host"/>.</summary>
    public static IReadOnlyDictionary<string, string?> For(EmulatorHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return For(host.BaseAddress, host.Options);
    }
}
