using Gateway.Emulators;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Upstreams.Tests.Infrastructure;

/// <summary>One emulator host per test class; each test builds its own services so breaker state never leaks.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;

    public EmulatorControlClient Control { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(new EmulatorOptions());
        Control = Host.CreateControlClient();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Clients wired exactly as the gateway wires them, pointed at this host, with small test timeouts.</summary>
    /// <param name="configure">Registrations made before <c>AddUpstreams</c>, e.g. a test clock.</param>
    public UpstreamServices CreateServices(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null) =>
        new(Host, overrides, configure);
}
