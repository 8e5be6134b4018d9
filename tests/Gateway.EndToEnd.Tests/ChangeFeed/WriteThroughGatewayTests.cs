using Gateway.Testing;
using System.Diagnostics;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>A write through the gateway reaches subscribers at once, not at the next poll (which is minutes away here).</summary>
public sealed class WriteThroughGatewayTests(WriteThroughGatewayTests.SlowPollFixture gateway) : IClassFixture<WriteThroughGatewayTests.SlowPollFixture>
{
    public sealed class SlowPollFixture : ChangeFeedFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["ChangeFeed:PollInterval"] = "00:10:00",
        };
    }

    [Fact]
    public async Task EachEvent_ResolvesInItsOwnScope_SoRelatedFieldsAreLoadedAfresh()
    {
        var person = (await gateway.QueryAsync("{ people(first: 2, where: { accounts: { some: { source: { eq: PEOPLE_V3 } } } }) { nodes { id email } } }"))
            .EnsureNoErrors().At("people.nodes.1");
        var email = person.GetProperty("email").GetString();
        await using var sse = await SseSubscriber.StartAsync(gateway.Client,
            "subscription($email: String) { personChanged(where: { email: { eq: $email }, kind: { eq: PERSON_UPDATED } }) { kind person { email title teams { name } } changes { field newValue source } } }",
            new { email });

        await UpdateTitleAsync(person, "Scoped A " + Guid.NewGuid().ToString("N")[..6], sse);
        var before = (await gateway.Control.GetStatsAsync()).Count("worksection", Operations.WorksectionGetUserGroups);
        await UpdateTitleAsync(person, "Scoped B " + Guid.NewGuid().ToString("N")[..6], sse);
        var after = (await gateway.Control.GetStatsAsync()).Count("worksection", Operations.WorksectionGetUserGroups);

        // One read by the refresh that found the change, one by the event's `person.teams`: a loader cached for the
        // whole subscription would have answered the second event from the first event's read.
        Assert.Equal(2, after - before);
    }

    private async Task UpdateTitleAsync(System.Text.Json.JsonElement person, string title, SseSubscriber sse)
    {
        (await gateway.QueryAsync("mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { __typename } } }",
            new { input = new { id = person.GetProperty("id").GetString(), title } })).EnsureNoErrors();
        await Events.TitleChangeAsync(sse, title, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task UpdatePersonMutation_ReachesSseAndWebSocketSubscribers_WithinOneSecond()
    {
        var person = (await gateway.QueryAsync("{ people(first: 1, where: { accounts: { some: { source: { eq: PEOPLE_V3 } } } }) { nodes { id email } } }"))
            .EnsureNoErrors().At("people.nodes.0");
        var after = await ChangeFeedFixture.LatestCursorAsync(gateway.Client);
        await using var sse = await SseSubscriber.StartAsync(gateway.Client, ChangeFeedFixture.Subscription, new { after });
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("feed", ChangeFeedFixture.Subscription, new { after });

        var title = "Written Through " + Guid.NewGuid().ToString("N")[..8];
        (await gateway.QueryAsync("mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { __typename } } }",
            new { input = new { id = person.GetProperty("id").GetString(), title } })).EnsureNoErrors();
        var answered = Stopwatch.StartNew();
        var viaSse = await Events.TitleChangeAsync(sse, title, TimeSpan.FromSeconds(20));
        var sseElapsed = answered.Elapsed;
        var viaWs = await Events.TitleChangeAsync(ws, "feed", title, TimeSpan.FromSeconds(20));
        var wsElapsed = answered.Elapsed;

        Assert.Equal(person.GetProperty("email").GetString(), viaSse.GetProperty("person").GetProperty("email").GetString());
        Assert.Equal(viaSse.GetProperty("eventId").GetString(), viaWs.GetProperty("eventId").GetString());
        var bound = TimeSpan.FromSeconds(1) + ChangeFeedFixture.LoadSlack;
        Assert.True(sseElapsed <= bound, $"SSE delivery took {sseElapsed.TotalMilliseconds:0} ms after the mutation answered.");
        Assert.True(wsElapsed <= bound, $"WebSocket delivery took {wsElapsed.TotalMilliseconds:0} ms after the mutation answered.");
    }
}
