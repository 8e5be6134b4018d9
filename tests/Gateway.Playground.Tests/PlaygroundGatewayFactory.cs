using Gateway.Emulators;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Playground.Tests;

/// <summary>The real gateway in a chosen environment, pointed at real emulators, with optional extra settings.</summary>
/// <remarks>
/// The factory only needs a type from the gateway's assembly to find its entry point. The emulators start before the gateway:
/// left unconfigured, the gateway would start embedded ones itself, and the factory would capture
/// that first-built host instead of the gateway's.
/// </remarks>
public sealed class PlaygroundGatewayFactory : WebApplicationFactory<PlaygroundOptions>
{
    private readonly EmulatorHost emulators;
    private readonly string environment;
    private readonly IDictionary<string, string?> settings;

    private PlaygroundGatewayFactory(EmulatorHost emulators, string environment, IDictionary<string, string?>? settings)
    {
        this.emulators = emulators;
        this.environment = environment;
        this.settings = settings ?? new Dictionary<string, string?>();
    }

    public static async Task<PlaygroundGatewayFactory> StartAsync(
        string environment, IDictionary<string, string?>? settings = null) =>
        new(await EmulatorHost.StartAsync(new EmulatorOptions()), environment, settings);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await emulators.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in EmulatorGatewaySettings.For(emulators))
        {
            builder.UseSetting(key, value);
        }

        // Production refuses to start unless authentication is decided; these tests are about the IDE only.
        builder.UseSetting("Auth:Mode", "None");
        // Production also requires the person id key.
        builder.UseSetting("Graph:Ids:Key", "playground-tests-person-id-key-0123456789");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
