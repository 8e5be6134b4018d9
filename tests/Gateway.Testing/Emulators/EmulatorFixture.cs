using Gateway.Emulators;
using Xunit;

namespace Gateway.Testing.Emulators;

/// <summary>
/// Starts one <see cref="EmulatorHost"/> on a free loopback port for a test class and stops it afterwards.
/// Derive and override <see cref="CreateOptions"/> for other sizes, seeds or start-up faults.
/// </summary>
public class EmulatorFixture : IAsyncLifetime
{
    /// <summary>The running emulators.</summary>
    public EmulatorHost Host { get; private set; } = null!;

    /// <summary>A client whose BaseAddress is the emulator root.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>Stats, reset and fault control.</summary>
    public EmulatorControlClient Control { get; private set; } = null!;

    /// <summary>The options the host starts with.</summary>
    protected virtual EmulatorOptions CreateOptions() => new();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(CreateOptions());
        Http = new HttpClient { BaseAddress = Host.BaseAddress };
        Control = new EmulatorControlClient(Http);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
