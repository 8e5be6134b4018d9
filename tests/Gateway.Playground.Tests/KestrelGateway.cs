using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Playground.Tests;

/// <summary>The real gateway in Development on Kestrel at a free 127.0.0.1 port, for a real browser.</summary>
public sealed class KestrelGateway : IAsyncLifetime
{
    private PlaygroundGatewayFactory factory = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        factory = await PlaygroundGatewayFactory.StartAsync("Development");
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
