using System.Net;
using Gateway.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.EndToEnd.Tests.Snapshots;

/// <summary>Several real gateway instances on loopback ports, over the fixture's emulators, as replicas behind a load balancer.</summary>
internal sealed class GatewayInstances : IAsyncDisposable
{
    private readonly List<WebApplicationFactory<Program>> _factories = [];

    public List<HttpClient> Clients { get; } = [];

    public HttpClient this[int index] => Clients[index];

    /// <summary>The services of one instance, to reach what it holds (a lock, its Redis connection).</summary>
    public IServiceProvider Services(int index) => _factories[index].Services;

    /// <summary>
    /// Settings for instances that share <paramref name="redis"/>, with snapshots that neither expire nor refresh
    /// eagerly while a test runs.
    /// </summary>
    public static Dictionary<string, string?> SharingRedis(RedisServer redis) => new()
    {
        ["Cache:Redis"] = redis.Connection,
        ["Upstreams:Freshness:MaxAge"] = "00:10:00",
    };

    public static GatewayInstances Start(GatewayFixture gateway, int count, IReadOnlyDictionary<string, string?> settings)
    {
        var instances = new GatewayInstances();
        for (var i = 0; i < count; i++)
        {
            var factory = gateway.CreateInstance(settings);
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            instances._factories.Add(factory);
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
            instances.Clients.Add(client);
        }

        return instances;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients)
        {
            client.Dispose();
        }

        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }
    }
}
