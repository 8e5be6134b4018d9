using Gateway.Emulators.Faults;
using Gateway.EndToEnd.Tests.Snapshots;
using Gateway.Graph.Mutations;
using Gateway.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StackExchange.Redis;

namespace Gateway.EndToEnd.Tests.Mutations;

/// <summary>
/// Three gateway instances sharing one redis-server and one emulator host: writes to one target run one after the other
/// whichever instance they reach, writes to different targets do not wait for each other, and Redis going away fails
/// no write (each instance then serializes its own).
/// </summary>
public sealed class SharedWriteLockTests(MutationFixture gateway, RedisServer redis)
    : IClassFixture<MutationFixture>, IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Invite = """
        mutation($email: String!) { inviteUser(input: { email: $email }) { person { email } errors { __typename } } }
        """;

    // Only a guard against a hang: every wait below ends on an event, not on the clock.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public async Task InitializeAsync()
    {
        await gateway.Control.ResetAsync(data: true);
        await redis.FlushAsync();
    }

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    private Dictionary<string, string?> Shared() => new(GatewayInstances.SharingRedis(redis))
    {
        // Far above what a loaded 2-core machine needs for a Redis command: only a real outage falls back here.
        ["Graph:Mutations:WriteLockRedisTimeout"] = "00:00:10",
    };

    [Fact]
    public async Task TenParallelInvitesOfOneEmailOverThreeInstances_OneAddUser_NineDuplicateEmailErrors()
    {
        await using var instances = GatewayInstances.Start(gateway, 3, Shared());
        // Slow enough that, serialized per instance only, the three instances would each send an add_user.
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { LatencyMs = 300, Operations = [WriteOperations.WorksectionAddUser] });

        var outcomes = await InviteInParallelAsync(instances, Enumerable.Range(0, 10).Select(i => (i % 3, "Spread.Twin@Example.com")));

        Assert.Equal(1, outcomes.Count(o => o == "invited"));
        Assert.Equal(9, outcomes.Count(o => o == "DuplicateEmailError"));
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
        Assert.Equal((1, 0, 0), await gateway.RecordsAsync("spread.twin@example.com"));
        Assert.Empty(await WriteLockKeysAsync());
    }

    [Fact]
    public async Task TargetHeldOnA_SameTargetOnBWaits_OtherTargetOnCDoesNot()
    {
        await using var instances = GatewayInstances.Start(gateway, 3, Shared());
        var held = await instances.Services(0).GetRequiredService<IWriteTargetLock>()
            .AcquireAsync(WriteTargets.Person(null, "held@example.com")!, CancellationToken.None);
        Task<GraphQLResponse> sameTarget;
        try
        {
            Assert.Equal([RedisWriteTargetLock.KeyPrefix + "person:held@example.com"], await WriteLockKeysAsync());
            sameTarget = GatewayFixture.QueryAsync(instances[1], Invite, new { email = "held@example.com" });

            var otherTarget = (await GatewayFixture.QueryAsync(instances[2], Invite, new { email = "free@example.com" }).WaitAsync(HangGuard)).EnsureNoErrors();

            Assert.Equal("free@example.com", otherTarget.At("inviteUser.person.email").GetString());
            Assert.False(sameTarget.IsCompleted, "a write to a target another instance holds ran before it was released");
            Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
        }
        finally
        {
            await held.DisposeAsync();
        }

        var released = (await sameTarget.WaitAsync(HangGuard)).EnsureNoErrors();
        Assert.Equal("held@example.com", released.At("inviteUser.person.email").GetString());
        Assert.Equal(2, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
    }

    [Fact]
    public async Task WriteHeldForThreeLeases_LeaseExtended_OtherInstanceWaitsUntilReleased()
    {
        var settings = Shared();
        settings["Graph:Mutations:WriteLockLease"] = "00:00:03";
        await using var instances = GatewayInstances.Start(gateway, 2, settings);
        var held = await instances.Services(0).GetRequiredService<IWriteTargetLock>()
            .AcquireAsync(WriteTargets.Person(null, "long.write@example.com")!, CancellationToken.None);
        Task<GraphQLResponse> waiting;
        try
        {
            waiting = GatewayFixture.QueryAsync(instances[1], Invite, new { email = "long.write@example.com" });
            // A write that takes three times the lease: without extension the lease would have ended twice over.
            await Task.Delay(TimeSpan.FromSeconds(9));

            Assert.False(waiting.IsCompleted, "the lease of a write still running ended");
            Assert.Equal(0, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
        }
        finally
        {
            await held.DisposeAsync();
        }

        (await waiting.WaitAsync(HangGuard)).EnsureNoErrors();
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
    }

    [Fact]
    public async Task UncontendedTarget_TwoRedisRoundTrips_TakeAndRelease()
    {
        await using var instances = GatewayInstances.Start(gateway, 1, Shared());
        var writeLock = instances.Services(0).GetRequiredService<IWriteTargetLock>();
        await WaitUntilConnectedAsync(instances);
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{redis.Connection},allowAdmin=true");
        var server = admin.GetServers()[0];
        await server.ConfigResetStatisticsAsync();

        for (var i = 0; i < 10; i++)
            await (await writeLock.AcquireAsync($"person:uncontended.{i}@example.com", CancellationToken.None)).DisposeAsync();

        // Per write: SET NX PX to take the lease, one script to release it (GET, then DEL when the lease is still
        // ours), and once per connection the script's load. No polling, no extension for a short write.
        var commands = await RedisCommandCounts.ReadAsync(server);
        Assert.Equal(10, commands["set"]);
        Assert.Equal(10, commands.GetValueOrDefault("eval") + commands.GetValueOrDefault("evalsha"));
        Assert.InRange(commands.GetValueOrDefault("script|load"), 0, 1);
        Assert.Equal(10, commands["del"]);
        Assert.Empty(commands.Keys.Except(["set", "eval", "evalsha", "script|load", "get", "del"]));
    }

    [Fact]
    public async Task HolderDiedWithoutReleasing_TargetFreeWhenItsLeaseEnds()
    {
        await using var instances = GatewayInstances.Start(gateway, 1, Shared());
        await using (var admin = await ConnectionMultiplexer.ConnectAsync(redis.Connection))
        {
            // What an instance that died mid-write leaves behind: its lease, never released, never extended.
            Assert.True(await admin.GetDatabase().StringSetAsync(
                RedisWriteTargetLock.KeyPrefix + "person:orphaned@example.com", "dead-instance", TimeSpan.FromSeconds(3), When.NotExists));
        }

        var response = (await GatewayFixture.QueryAsync(instances[0], Invite, new { email = "orphaned@example.com" }).WaitAsync(HangGuard)).EnsureNoErrors();

        Assert.Equal("orphaned@example.com", response.At("inviteUser.person.email").GetString());
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
    }

    [Fact]
    public async Task RedisStopped_WritesSucceedSerializedPerInstance_RestartedSharedAgain()
    {
        await using var instances = GatewayInstances.Start(gateway, 3, Shared());
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { LatencyMs = 300, Operations = [WriteOperations.WorksectionAddUser] });

        await redis.StopAsync();
        try
        {
            // One instance still serializes its own writes; each instance's write of its own target succeeds.
            var oneInstance = await InviteInParallelAsync(instances, Enumerable.Range(0, 10).Select(_ => (0, "outage.twin@example.com")));
            var eachInstance = await InviteInParallelAsync(instances, Enumerable.Range(0, 3).Select(i => (i, $"outage.{i}@example.com")));

            Assert.Equal(1, oneInstance.Count(o => o == "invited"));
            Assert.Equal(9, oneInstance.Count(o => o == "DuplicateEmailError"));
            Assert.Equal(["invited", "invited", "invited"], eachInstance);
            Assert.Equal(4, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
        }
        finally
        {
            await redis.StartAsync();
        }

        await WaitUntilConnectedAsync(instances);
        var restarted = await InviteInParallelAsync(instances, Enumerable.Range(0, 10).Select(i => (i % 3, "restarted.twin@example.com")));

        Assert.Equal(1, restarted.Count(o => o == "invited"));
        Assert.Equal(9, restarted.Count(o => o == "DuplicateEmailError"));
        Assert.Equal(5, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
    }

    /// <summary>
    /// The lock alone, through one instance's services: with Redis's writes paused, a mutation also waits for the
    /// snapshot stamps and FusionCache's own lock, which are not this lock's to bound.
    /// </summary>
    [Fact]
    public async Task RedisNotAnsweringWrites_LockFallsBackToThisInstanceAfterTheTimeout_RedisUsedAgainOnceItAnswers()
    {
        var settings = Shared();
        settings["Graph:Mutations:WriteLockRedisTimeout"] = "00:00:01";
        var logs = new FakeLoggerProvider();
        await using var instance = WithLogs(gateway.CreateInstance(settings), logs);
        var writeLock = instance.Services.GetRequiredService<IWriteTargetLock>();
        const string target = "person:slow.redis@example.com";
        await WaitUntilConnectedAsync(instance.Services);
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{redis.Connection},allowAdmin=true");

        // Redis stays connected but answers no write (the lease's SET NX among them) until unpaused.
        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", "120000", "WRITE");
        try
        {
            var first = await writeLock.AcquireAsync(target, CancellationToken.None).AsTask().WaitAsync(HangGuard);
            var second = writeLock.AcquireAsync(target, CancellationToken.None).AsTask();
            Assert.False(second.IsCompleted, "this instance's own lock no longer held while Redis was slow");
            await first.DisposeAsync();
            await (await second.WaitAsync(HangGuard)).DisposeAsync();
        }
        finally
        {
            await admin.GetDatabase().ExecuteAsync("CLIENT", "UNPAUSE");
        }

        Assert.Contains(logs.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("write-target lock (TimeoutException)", StringComparison.Ordinal));
        // Once Redis answers again (and the timeout has passed since it last did not), the lease is taken there again.
        var deadline = DateTime.UtcNow + HangGuard;
        while (true)
        {
            await using (await writeLock.AcquireAsync(target, CancellationToken.None))
            {
                if ((await WriteLockKeysAsync()).Contains(RedisWriteTargetLock.KeyPrefix + target))
                    break;
            }

            Assert.True(DateTime.UtcNow < deadline, "the lock did not go back to Redis");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task RedisUnreachableFromTheStart_WritesSerializedPerInstance_PasswordInNoLog()
    {
        const string password = "write-lock-redis-password-that-must-not-leak";
        var logs = new FakeLoggerProvider();
        await using var instance = WithLogs(gateway.CreateInstance(new Dictionary<string, string?>
        {
            ["Cache:Redis"] = $"127.0.0.1:{RedisServer.FreePort()},password={password}",
        }), logs);
        using var client = instance.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => GatewayFixture.QueryAsync(client, Invite, new { email = "no.redis@example.com" })));

        Assert.Equal(["", "DuplicateEmailError", "DuplicateEmailError"],
            responses.Select(r => string.Join("+", MutationFixture.ErrorTypes(r.EnsureNoErrors(), "inviteUser"))).Order());
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
        var records = logs.Collector.GetSnapshot();
        Assert.Contains(records, r => r.Level == LogLevel.Warning && r.Message.Contains("write-target lock", StringComparison.Ordinal));
        Assert.All(records, r => Assert.DoesNotContain(password, r.Message + r.Exception, StringComparison.Ordinal));
        Assert.All(responses, r => Assert.DoesNotContain(password, r.Body, StringComparison.Ordinal));
    }

    private static WebApplicationFactory<Program> WithLogs(WebApplicationFactory<Program> instance, FakeLoggerProvider logs) =>
        instance.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs)));

    /// <summary>Sends the invites at once, each to its instance; "invited" or the payload's error types, in order.</summary>
    private static async Task<List<string>> InviteInParallelAsync(GatewayInstances instances, IEnumerable<(int Instance, string Email)> invites)
    {
        var responses = await Task.WhenAll(invites.Select(i => GatewayFixture.QueryAsync(instances[i.Instance], Invite, new { email = i.Email })));
        return responses.Select(r => MutationFixture.ErrorTypes(r.EnsureNoErrors(), "inviteUser") switch
        {
            [] => "invited",
            var errors => string.Join("+", errors),
        }).ToList();
    }

    private async Task<List<string>> WriteLockKeysAsync()
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync(redis.Connection);
        return admin.GetServers()[0].Keys(pattern: RedisWriteTargetLock.KeyPrefix + "*").Select(k => k.ToString()).ToList();
    }

    private static async Task WaitUntilConnectedAsync(GatewayInstances instances)
    {
        for (var i = 0; i < instances.Clients.Count; i++)
            await WaitUntilConnectedAsync(instances.Services(i));
    }

    private static async Task WaitUntilConnectedAsync(IServiceProvider instance)
    {
        var deadline = DateTime.UtcNow + HangGuard;
        var connection = instance.GetRequiredService<IConnectionMultiplexer>();
        while (!connection.IsConnected)
        {
            Assert.True(DateTime.UtcNow < deadline, "an instance did not reconnect to Redis");
            await Task.Delay(100);
        }
    }
}
