using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gateway.PersistedOperations;
using Gateway.Testing;

namespace Gateway.Tests.PersistedOperations;

/// <summary>A redis-server on a free loopback port, started and stopped by the test class that uses it.</summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; } = FreePort();

    public string Connection => $"127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server", ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
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

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One gateway instance whose automatic persisted queries go to the given Redis.</summary>
public sealed class RedisGateway(string redis) : PersistedOperationsFixture
{
    protected override bool OnlyAllow => false;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        [PersistedOperationsServiceCollectionExtensions.RedisConnectionKey] = redis + ",connectTimeout=500,syncTimeout=500,asyncTimeout=500",
    };
}

public sealed class RedisStoreTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task AutomaticRegistrationOnOneInstance_KnownToAnother()
    {
        await using var first = new InstanceScope(new RedisGateway(redis.Connection));
        await using var second = new InstanceScope(new RedisGateway(redis.Connection));
        await first.Gateway.InitializeAsync();
        await second.Gateway.InitializeAsync();
        var query = $"query Shared {{ upstreams {{ source }} }} # {Guid.NewGuid()}";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = OperationHash.Of(query) } };

        var unknownOnSecond = await second.Gateway.PostAsync(new { extensions });
        (await first.Gateway.PostAsync(new { query, extensions })).EnsureNoErrors();
        var knownOnSecond = await second.Gateway.PostAsync(new { extensions });

        Assert.Equal(PersistedOperationError.NotFoundCode, PersistedOperationsFixture.Code(unknownOnSecond));
        Assert.Equal(3, knownOnSecond.EnsureNoErrors().At("upstreams").GetArrayLength());
    }

    [Fact]
    public async Task RedisDown_AutomaticPersistedQueriesStillWorkOnTheInstance()
    {
        await using var instance = new InstanceScope(new RedisGateway($"127.0.0.1:{RedisServer.FreePort()}"));
        await instance.Gateway.InitializeAsync();
        var query = $"query Alone {{ upstreams {{ source }} }} # {Guid.NewGuid()}";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = OperationHash.Of(query) } };

        var unknown = await instance.Gateway.PostAsync(new { extensions });
        var registered = await instance.Gateway.PostAsync(new { query, extensions });
        var hashOnly = await instance.Gateway.PostAsync(new { extensions });

        Assert.Equal(PersistedOperationError.NotFoundCode, PersistedOperationsFixture.Code(unknown));
        registered.EnsureNoErrors();
        Assert.Equal(registered.Body, hashOnly.EnsureNoErrors().Body);
    }

    private sealed class InstanceScope(RedisGateway gateway) : IAsyncDisposable
    {
        public RedisGateway Gateway => gateway;

        public async ValueTask DisposeAsync() => await gateway.DisposeAsync();
    }
}
