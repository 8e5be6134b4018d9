using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Upstreams.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on loopback answering every request with one fixed body, for wire quirks the
/// emulators do not produce (PHP's [] for an empty object, the Zoho contract's malformed sample, wrong shapes).
/// </summary>
public sealed class CannedUpstream : IAsyncDisposable
{
    private readonly WebApplication app;
    private volatile string body = "{}";
    private volatile int status = 200;

    private CannedUpstream(WebApplication app, Uri root)
    {
        this.app = app;
        Root = root;
    }

    public Uri Root { get; }

    public static async Task<CannedUpstream> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        CannedUpstream? canned = null;
        app.Run(async http =>
        {
            http.Response.StatusCode = canned!.status;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(canned.body);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        canned = new CannedUpstream(app, new Uri(address.TrimEnd('/') + "/"));
        return canned;
    }

    public void Answer(string json, int statusCode = 200)
    {
        body = json;
        status = statusCode;
    }

    /// <summary>Settings pointing all three upstreams at this server.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Upstreams:Worksection:BaseUrl"] = Root + "ws/",
        ["Upstreams:ZohoProjects:BaseUrl"] = Root + "zoho/",
        ["Upstreams:PeopleV3:BaseUrl"] = Root + "v3/",
        ["Upstreams:Resilience:ReadMaxRetries"] = "0",
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
