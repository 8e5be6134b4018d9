using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Emulators;

/// <summary>The three emulators on their own Kestrel server (loopback, a free port by default), for tests and the gateway.</summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, Uri baseAddress, EmulatorOptions options)
    {
        _app = app;
        BaseAddress = baseAddress;
        Options = options;
    }

    /// <summary>Root of the server, ending with '/', e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary><c>{BaseAddress}worksection/api/admin/v2/</c>.</summary>
    public Uri WorksectionBaseUrl => new(BaseAddress, EmulatorGatewaySettings.WorksectionPath);

    /// <summary><c>{BaseAddress}zoho/restapi/</c>.</summary>
    public Uri ZohoBaseUrl => new(BaseAddress, EmulatorGatewaySettings.ZohoPath);

    /// <summary><c>{BaseAddress}peoplev3/v3/</c>.</summary>
    public Uri PeopleV3BaseUrl => new(BaseAddress, EmulatorGatewaySettings.PeopleV3Path);

    /// <summary>The options the data was seeded with and the credentials accepted.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>Seeds the data and starts listening on <paramref name="url"/> (port 0 picks a free port).</summary>
    public static async Task<EmulatorHost> StartAsync(
        EmulatorOptions? options = null, string url = "http://127.0.0.1:0", CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        // A hanging fault must not hold up shutdown; hanging requests also watch ApplicationStopping.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.AddEmulators(options);
        var app = builder.Build();
        app.MapEmulators();
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmulatorHost(app, new Uri(address.TrimEnd('/') + "/"), options);
    }

    /// <summary>A control client for this host over a new HttpClient.</summary>
    public EmulatorControlClient CreateControlClient() => new(new HttpClient { BaseAddress = BaseAddress });

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
