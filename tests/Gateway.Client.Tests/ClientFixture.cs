using Gateway.Testing;
using Microsoft.Extensions.DependencyInjection;
using PeopleGraph.Client;

namespace Gateway.Client.Tests;

/// <summary>
/// The real gateway in-process with the generated client registered the way a consumer registers it. It restates
/// IAsyncLifetime so xunit calls these methods, which wrap the base fixture's.
/// </summary>
public sealed class ClientFixture : GatewayFixture, IAsyncLifetime
{
    private ServiceProvider? _services;

    public IPeopleGraphClient PeopleGraph => _services!.GetRequiredService<IPeopleGraphClient>();

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var services = new ServiceCollection();
        services.AddPeopleGraphClient()
            .ConfigureHttpClient(c => c.BaseAddress = new Uri(Factory.Server.BaseAddress, "/graphql"))
            .ConfigurePrimaryHttpMessageHandler(() => Factory.Server.CreateHandler());
        _services = services.BuildServiceProvider();
    }

    public new async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        await base.DisposeAsync();
    }
}
