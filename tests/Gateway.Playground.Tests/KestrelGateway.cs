using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Playground.Tests;

/// <summary>The real gateway in Development on Kestrel at a free 127.0.0.1 port, for a real browser.</summary>
public sealed class KestrelGateway : IAsyncLifetime, IAsyncDisposable
{
    private PlaygroundGatewayFactory factory = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts a gateway in <paramref name="environment"/> with extra settings; the caller disposes it.</summary>
    public static async Task<KestrelGateway> StartAsync(string environment, IDictionary<string, string?> settings)
    {
        var gateway = new KestrelGateway();
        await gateway.StartServerAsync(environment, settings);
        return gateway;
    }

    public Task InitializeAsync() => StartServerAsync("Development", null);

    private async Task StartServerAsync(string environment, IDictionary<string, string?>? settings)
    {
        factory = await PlaygroundGatewayFactory.StartAsync(environment, settings);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
