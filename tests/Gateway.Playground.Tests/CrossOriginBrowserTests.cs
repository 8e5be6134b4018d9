using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Playground.Tests;

/// <summary>
/// A single-page app served from another origin calls the gateway from Chromium. The app's server answers on
/// 127.0.0.1 and on localhost: two origins for the browser, one of them allowed by <c>Cors:AllowedOrigins</c>.
/// </summary>
public sealed class CrossOriginBrowserTests : IAsyncLifetime
{
    private const string App = """
        <!doctype html><title>People app</title>
        <script>
          async function callGateway(url) {
            try {
              const response = await fetch(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json', 'Authorization': 'Bearer none' },
                body: JSON.stringify({ query: '{ people(first: 1) { nodes { email } } }' }),
              });
              return 'answered ' + response.status + ' ' + await response.text();
            } catch (error) {
              return 'blocked ' + error;
            }
          }
        </script>
        """;

    private readonly HeadlessChromium chromium = new();
    private WebApplication appServer = null!;
    private KestrelGateway gateway = null!;
    private int appPort;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        appServer = builder.Build();
        appServer.MapGet("/", () => Results.Content(App, "text/html"));
        await appServer.StartAsync();
        appPort = new Uri(appServer.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()).Port;

        gateway = await KestrelGateway.StartAsync("Production", new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = $"http://127.0.0.1:{appPort}",
        });
        await chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        await gateway.DisposeAsync();
        await appServer.DisposeAsync();
    }

    [Fact]
    public async Task AllowedOrigin_ReadsTheAnswer()
    {
        var outcome = await CallFromAsync($"http://127.0.0.1:{appPort}/");

        Assert.StartsWith("answered 200 {\"data\":{\"people\":{\"nodes\":[{\"email\":", outcome);
    }

    [Fact]
    public async Task OtherOrigin_BlockedByTheBrowser()
    {
        var outcome = await CallFromAsync($"http://localhost:{appPort}/");

        Assert.Equal("blocked TypeError: Failed to fetch", outcome);
    }

    private async Task<string> CallFromAsync(string appUrl)
    {
        var page = await chromium.Context.NewPageAsync();
        var loaded = await page.GotoAsync(appUrl);
        Assert.True(loaded?.Ok, $"the app did not load from {appUrl}");
        return await page.EvaluateAsync<string>("url => callGateway(url)", new Uri(gateway.BaseAddress, "/graphql").ToString());
    }
}
