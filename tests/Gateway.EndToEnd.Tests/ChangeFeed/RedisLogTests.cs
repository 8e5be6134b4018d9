using System.Text.Json;
using Gateway.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>With the log in Redis: instances share one log, and a subscription resumed after a restart loses and repeats nothing.</summary>
public sealed class RedisLogTests(GatewayFixture gateway, RedisServer redis) : IClassFixture<GatewayFixture>, IClassFixture<RedisServer>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task StoppingInstance_ClosesItsSockets1001_AndEndsItsStreams_SoClientsMoveOn()
    {
        var instance = gateway.CreateInstance(new Dictionary<string, string?> { ["Cache:Redis"] = redis.Connection });
        var client = instance.CreateClient();
        await using var ws = await WebSocketSubscriber.InitialiseAsync(await WebSocketSubscriber.ConnectAsync(instance.Server));
        await ws.SubscribeAsync("feed", ChangeFeedFixture.Subscription);
        await using var sse = await SseSubscriber.StartAsync(client, ChangeFeedFixture.Subscription);

        var stopping = instance.DisposeAsync().AsTask();

        Assert.Equal(1001, await ws.ClosedAsync(Wait));
        Assert.Null(await sse.NextAsync(Wait));
        await stopping;
    }

    [Fact]
    public async Task TwoInstancesOnOneRedis_AppendEachChangeOnce_AndServeTheSameEvent()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cache:Redis"] = redis.Connection,
            ["ChangeFeed:Enabled"] = "true",
            ["ChangeFeed:PollInterval"] = "00:00:00.300",
        };
        await using var first = gateway.CreateInstance(settings);
        await using var second = gateway.CreateInstance(settings);
        var (one, two) = (first.CreateClient(), second.CreateClient());
        await ChangeFeedFixture.WaitForBaselineAsync(first.Services);
        await using var onFirst = await SseSubscriber.StartAsync(one, ChangeFeedFixture.Subscription);
        await using var onSecond = await SseSubscriber.StartAsync(two, ChangeFeedFixture.Subscription);
        var after = await ChangeFeedFixture.LatestCursorAsync(one);

        var title = "Both instances " + Guid.NewGuid().ToString("N")[..6];
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, title, index: 24);
        var viaFirst = await Events.TitleChangeAsync(onFirst, title, Wait);
        var viaSecond = await Events.TitleChangeAsync(onSecond, title, Wait);
        // Both keep polling for a while: a second append of the same change would show up now.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(viaFirst.GetProperty("eventId").GetString(), viaSecond.GetProperty("eventId").GetString());
        Assert.Equal(viaFirst.GetProperty("cursor").GetString(), viaSecond.GetProperty("cursor").GetString());
        var logged = (await GatewayFixture.QueryAsync(two, "query($after: String) { changes(first: 50, after: $after) { nodes { changes { field newValue } } } }", new { after }))
            .EnsureNoErrors().At("changes.nodes").EnumerateArray().Count(e => Events.NewValue(e, "title") == title);
        Assert.Equal(1, logged);
    }

    [Fact]
    public async Task ResumedSubscription_AfterRestart_GetsExactlyTheMissedEvents_ThenLiveOnes()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cache:Redis"] = redis.Connection,
            ["ChangeFeed:Enabled"] = "true",
            ["ChangeFeed:PollInterval"] = "00:00:01",
        };
        var before = "Before restart " + Guid.NewGuid().ToString("N")[..6];
        string cursor;
        await using (var first = gateway.CreateInstance(settings))
        {
            var client = first.CreateClient();
            await ChangeFeedFixture.WaitForBaselineAsync(first.Services);
            await using var live = await SseSubscriber.StartAsync(client, ChangeFeedFixture.Subscription);
            await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, before, index: 20);
            cursor = (await Events.TitleChangeAsync(live, before, Wait)).GetProperty("cursor").GetString()!;
        }

        // While no gateway runs, two people change.
        var missed = new[] { "While down A " + Guid.NewGuid().ToString("N")[..6], "While down B " + Guid.NewGuid().ToString("N")[..6] };
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, missed[0], index: 21);
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, missed[1], index: 22);

        await using var second = gateway.CreateInstance(settings);
        var resumedClient = second.CreateClient();
        // Person updates only: a title change can also make a title conflict appear or go, which is an event of its own.
        await using var resumed = await SseSubscriber.StartAsync(resumedClient, ChangeFeedFixture.Subscription,
            new { after = cursor, where = new { kind = new { eq = "PERSON_UPDATED" } } });
        var received = new List<JsonElement>();
        for (var i = 0; i < 2; i++)
            received.Add(Events.Event((await resumed.NextAsync(Wait))!.Value));
        var after = "After restart " + Guid.NewGuid().ToString("N")[..6];
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, after, index: 23);
        received.Add(Events.Event((await resumed.NextAsync(Wait))!.Value));

        var titles = received.Select(e => Events.NewValue(e, "title")).ToList();
        Assert.Equal(missed.Order(), titles.Take(2).Order());
        Assert.Equal(after, titles[2]);
        Assert.DoesNotContain(before, titles);
        Assert.Equal(3, received.Select(e => e.GetProperty("eventId").GetString()).Distinct().Count());
        Assert.Equal(received.Select(e => e.GetProperty("cursor").GetString()), received.Select(e => e.GetProperty("cursor").GetString()).Distinct());
    }

    [Fact]
    public async Task FieldClearedSinceAStoredBaseline_KeepsTheUpstreamItCameFrom()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cache:Redis"] = redis.Connection,
            ["ChangeFeed:Enabled"] = "true",
            ["ChangeFeed:PollInterval"] = "00:00:00.300",
        };
        await using (var first = gateway.CreateInstance(settings))
        {
            first.CreateClient().Dispose();
            await ChangeFeedFixture.WaitForBaselineAsync(first.Services);
        }

        // While no gateway runs, a person held by People v3 alone leaves it: the next instance diffs against the
        // baseline read back from Redis, not one it computed itself.
        var leaver = (await gateway.QueryAsync("{ people(first: 50, where: { accounts: { all: { source: { eq: PEOPLE_V3 } } } }) { nodes { email accounts { externalId } } } }"))
            .EnsureNoErrors().At("people.nodes").EnumerateArray().Last(p => p.GetProperty("accounts").GetArrayLength() == 1);
        var email = leaver.GetProperty("email").GetString();
        await ChangeFeedFixture.DeleteInPeopleV3Async(gateway.Emulators, leaver.GetProperty("accounts")[0].GetProperty("externalId").GetString()!);
        await using var second = gateway.CreateInstance(settings);
        var client = second.CreateClient();
        var removal = await WaitForEventAsync(client, new { email = new { eq = email }, kind = new { eq = "PERSON_REMOVED" } });

        var sources = removal.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!, c => c.GetProperty("source").GetString());
        Assert.Equal("PEOPLE_V3", sources["firstName"]);
        Assert.Equal("PEOPLE_V3", sources["lastName"]);
        // Only People v3 held them; `accounts` is not decided by the merge (every record is one), so it has no source.
        Assert.All(sources.Where(s => s.Key != "accounts"), s => Assert.True(s.Value == "PEOPLE_V3", s.Key));
        Assert.Null(sources["accounts"]);
    }

    private static async Task<JsonElement> WaitForEventAsync(HttpClient client, object where)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var nodes = (await GatewayFixture.QueryAsync(client, "query($where: PersonChangeEventFilterInput) { changes(first: 5, where: $where) { nodes { kind changes { field oldValue newValue source } } } }", new { where }))
                .EnsureNoErrors().At("changes.nodes");
            if (nodes.GetArrayLength() > 0)
                return nodes[0].Clone();
            Assert.True(DateTime.UtcNow < deadline, "The event did not reach the log in time.");
            await Task.Delay(100);
        }
    }
}
