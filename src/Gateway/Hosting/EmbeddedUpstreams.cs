using Gateway.Emulators;

namespace Gateway.Hosting;

/// <summary>
/// With no upstream configured, the gateway starts the three emulators in-process on a free loopback port with
/// seeded data and points its upstream options at them, so a fresh clone shows a working graph. Never in
/// Production: a production gateway serving seeded people would look healthy while being wrong, so there the
/// upstream options' validation stops the start and names the missing keys.
/// </summary>
public static class EmbeddedUpstreams
{
    private static readonly string[] BaseUrlKeys =
        ["Upstreams:Worksection:BaseUrl", "Upstreams:ZohoProjects:BaseUrl", "Upstreams:PeopleV3:BaseUrl"];

    public static bool IsConfigured(IConfiguration configuration) =>
        BaseUrlKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    public static async Task AddEmbeddedUpstreamsWhenUnconfiguredAsync(this WebApplicationBuilder builder)
    {
        if (IsConfigured(builder.Configuration) || builder.Environment.IsProduction()) return;

        var options = new EmulatorOptions();
        builder.Configuration.GetSection("Emulators").Bind(options);
        var emulators = await EmulatorHost.StartAsync(options);
        builder.Services.AddSingleton(new EmbeddedEmulators(emulators));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Upstreams:Worksection:BaseUrl"] = emulators.WorksectionBaseUrl.ToString(),
            ["Upstreams:Worksection:ApiKey"] = options.WorksectionApiKey,
            ["Upstreams:ZohoProjects:BaseUrl"] = emulators.ZohoBaseUrl.ToString(),
            ["Upstreams:ZohoProjects:PortalId"] = options.ZohoPortalId,
            ["Upstreams:ZohoProjects:AccessToken"] = options.ZohoAccessToken,
            ["Upstreams:PeopleV3:BaseUrl"] = emulators.PeopleV3BaseUrl.ToString(),
            ["Upstreams:PeopleV3:AccessToken"] = options.PeopleV3AccessToken,
        });
    }

    public static void LogUpstreamMode(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Upstreams");
        var embedded = app.Services.GetService<EmbeddedEmulators>();
        var config = app.Configuration;
        if (embedded is not null)
            logger.LogInformation("No upstream configured: serving the embedded emulators with seeded data at {EmulatorBaseUrl}", embedded.Host.BaseAddress);
        else
            logger.LogInformation("Configured upstreams: Worksection {WorksectionBaseUrl}, Zoho Projects {ZohoBaseUrl}, People v3 {PeopleV3BaseUrl}",
                config[BaseUrlKeys[0]], config[BaseUrlKeys[1]], config[BaseUrlKeys[2]]);
    }
}

/// <summary>Owns the in-process emulators; the container disposes it, and so stops them, when the gateway stops.</summary>
public sealed class EmbeddedEmulators(EmulatorHost host) : IAsyncDisposable
{
    public EmulatorHost Host { get; } = host;

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
