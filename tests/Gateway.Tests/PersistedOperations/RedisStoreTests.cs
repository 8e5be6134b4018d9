using Gateway.PersistedOperations;
using Gateway.Testing;

namespace Gateway.Tests.PersistedOperations;

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
