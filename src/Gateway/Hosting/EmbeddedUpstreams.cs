#if DEBUG
using Gateway.Emulators;
#endif

namespace Gateway.Hosting;

/// <summary>
/// With no upstream configured, a Debug build of the gateway starts the three emulators in-process on a free loopback
/// port with seeded data and points its upstream options at them, so a fresh clone's <c>dotnet run</c> shows a working
/// graph. Only Debug builds reference <c>Gateway.Emulators</c>: a Release (published) gateway does not contain the
/// emulators, and there, as in Production, the upstream options' validation stops the start and names the missing keys.
/// </summary>
public static class EmbeddedUpstreams
{
    private static readonly string[] BaseUrlKeys =
        ["Upstreams:Worksection:BaseUrl", "Upstreams:ZohoProjects:BaseUrl", "Upstreams:PeopleV3:BaseUrl"];

    public static bool IsConfigured(IConfiguration configuration) =>
        BaseUrlKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

#if DEBUG
    public static async Task AddEmbeddedUpstreamsWhenUnconfiguredAsync(this WebApplicationBuilder builder)
    {
        if (IsConfigured(builder.Configuration) || builder.Environment.IsProduction()) return;

        var options = new EmulatorOptions();
        builder.Configuration.GetSection(EmulatorOptions.SectionName).Bind(options);
        var emulators = await EmulatorHost.StartAsync(options);
        builder.Services.AddSingleton(new EmbeddedEmulators(emulators));
        builder.Configuration.AddInMemoryCollection(EmulatorGatewaySettings.For(emulators));
    }
#else
    public static Task AddEmbeddedUpstreamsWhenUnconfiguredAsync(this WebApplicationBuilder builder) => Task.CompletedTask;
#endif

    public static void LogUpstreamMode(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Upstreams");
        var config = app.Configuration;
#if DEBUG
        if (app.Services.GetService<EmbeddedEmulators>() is { } embedded)
        {
            logger.LogInformation("No upstream configured: serving the embedded emulators with seeded data at {EmulatorBaseUrl}", embedded.Host.BaseAddress);
            return;
        }
#endif
        logger.LogInformation("Configured upstreams: Worksection {WorksectionBaseUrl}, Zoho Projects {ZohoBaseUrl}, People v3 {PeopleV3BaseUrl}",
            config[BaseUrlKeys[0]], config[BaseUrlKeys[1]], config[BaseUrlKeys[2]]);
    }
}

#if DEBUG
/// <summary>Owns the in-process emulators; the container disposes it, and so stops them, when the gateway stops.</summary>
public sealed class EmbeddedEmulators(EmulatorHost host) : IAsyncDisposable
{
    public EmulatorHost Host { get; } = host;

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
#endif
