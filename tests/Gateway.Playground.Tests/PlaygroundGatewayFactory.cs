using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Gateway.Playground.Tests;

/// <summary>The real gateway in a chosen environment, with optional extra settings.</summary>
/// <remarks>
/// The factory only needs a type from the gateway's assembly to find its entry point; <c>Program</c>
/// is ambiguous here because the emulators, referenced through Gateway.Testing, have one too.
/// </remarks>
public sealed class PlaygroundGatewayFactory(string environment, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<PlaygroundOptions>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (settings is not null)
        {
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        }
    }
}
