using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Gateway.Testing;

/// <summary>A redis-server on a free loopback port, started and stopped by the test class that uses it
/// (no persistence: what a test writes is gone with the process).</summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; } = FreePort();

    public string Connection => $"127.0.0.1:{Port}";

    public Task InitializeAsync() => StartAsync();

    /// <summary>Starts (or, after <see cref="StopAsync"/>, restarts) the server on the same port, empty.</summary>
    public async Task StartAsync()
    {
        _process?.Dispose();
        _process = Process.Start(new ProcessStartInfo(ExternalProgram.Require("redis-server", debianPackage: "redis-server"), ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Empties every database, so a test starts from nothing whatever the one before it left.</summary>
    public async Task FlushAsync()
    {
        await using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync($"{Connection},allowAdmin=true");
        await admin.GetServers()[0].FlushAllDatabasesAsync();
    }

    /// <summary>Stops the server (an outage); <see cref="StartAsync"/> brings it back on the same port.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
