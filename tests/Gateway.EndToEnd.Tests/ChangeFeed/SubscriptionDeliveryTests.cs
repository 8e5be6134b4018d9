using Gateway.Testing;
using System.Diagnostics;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>A change made in an upstream's own API reaches GraphQL subscribers over both transports.</summary>
public sealed class SubscriptionDeliveryTests(ChangeFeedFixture gateway) : IClassFixture<ChangeFeedFixture>
{
    private static readonly TimeSpan Deadline = ChangeFeedFixture.PollInterval + TimeSpan.FromSeconds(1) + ChangeFeedFixture.LoadSlack;

    [Fact]
    public async Task UpstreamChange_ReachesSseAndWebSocketSubscribers_WithinPollIntervalPlusOneSecond()
    {
        var after = await ChangeFeedFixture.LatestCursorAsync(gateway.Client);
        await using var sse = await SseSubscriber.StartAsync(gateway.Client, ChangeFeedFixture.Subscription, new { after });
        Assert.Equal("text/event-stream", sse.ContentType);
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("feed", ChangeFeedFixture.Subscription, new { after });

        var title = "Director of Feeds " + Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        var email = await gateway.ChangeTitleInPeopleV3Async(title);
        var viaSse = await Events.TitleChangeAsync(sse, title, TimeSpan.FromSeconds(20));
        var sseElapsed = clock.Elapsed;
        var viaWs = await Events.TitleChangeAsync(ws, "feed", title, TimeSpan.FromSeconds(20));
        var wsElapsed = clock.Elapsed;

        foreach (var changeEvent in new[] { viaSse, viaWs })
        {
            Assert.Equal(email, changeEvent.GetProperty("person").GetProperty("email").GetString());
            Assert.Equal(title, changeEvent.GetProperty("person").GetProperty("title").GetString());
            Assert.Equal(title, Events.NewValue(changeEvent, "title"));
        }
        Assert.Equal(viaSse.GetProperty("eventId").GetString(), viaWs.GetProperty("eventId").GetString());
        Assert.Equal(viaSse.GetProperty("cursor").GetString(), viaWs.GetProperty("cursor").GetString());
        Assert.True(sseElapsed <= Deadline, $"SSE delivery took {sseElapsed.TotalMilliseconds:0} ms; the bound is {Deadline.TotalMilliseconds:0} ms.");
        Assert.True(wsElapsed <= Deadline, $"WebSocket delivery took {wsElapsed.TotalMilliseconds:0} ms; the bound is {Deadline.TotalMilliseconds:0} ms.");
    }

    [Fact]
    public async Task Filter_OnlyMatchingEventsArrive()
    {
        var after = await ChangeFeedFixture.LatestCursorAsync(gateway.Client);
        var otherTitle = "Unwatched " + Guid.NewGuid().ToString("N")[..8];
        var otherEmail = await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, otherTitle, index: 2);
        var title = "Watched " + Guid.NewGuid().ToString("N")[..8];
        var email = await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, title, index: 3);
        Assert.NotEqual(otherEmail, email);

        await using var sse = await SseSubscriber.StartAsync(gateway.Client, ChangeFeedFixture.Subscription,
            new { after, where = new { email = new { eq = email }, changes = new { some = new { field = new { eq = "title" } } } } });
        var result = await sse.NextAsync(TimeSpan.FromSeconds(20));

        var changeEvent = Events.Event(result!.Value);
        Assert.Equal(email, changeEvent.GetProperty("person").GetProperty("email").GetString());
        Assert.Equal(title, Events.NewValue(changeEvent, "title"));
    }
}
