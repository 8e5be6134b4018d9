using System.Net;
using System.Net.Http.Json;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>
/// <c>ChangeFeed:MaxSubscriptionsPerInstance</c> bounds the operations open over both transports together: beyond it SSE
/// answers 503 with <c>Retry-After</c> and WebSocket an <c>error</c> message, and a subscription that ends frees its slot.
/// </summary>
public sealed class SubscriptionLimitTests(SubscriptionLimitTests.TwoSlotsFixture gateway) : IClassFixture<SubscriptionLimitTests.TwoSlotsFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private const string Query = "{ people(first: 1) { totalCount } }";

    public sealed class TwoSlotsFixture : ChangeFeedFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["ChangeFeed:MaxSubscriptionsPerInstance"] = "2",
        };
    }

    [Fact]
    public async Task BeyondTheInstanceLimit_SseGets503_WebSocketAnError_AndAnEndedSubscriptionFreesItsSlot()
    {
        await using var sse = await SseSubscriber.StartAsync(gateway.Client, ChangeFeedFixture.Subscription);
        Assert.Equal(HttpStatusCode.OK, sse.Status);
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("held", ChangeFeedFixture.Subscription);

        // The socket's messages are handled in order: "held" has its slot when "over" is refused.
        await ws.SubscribeAsync("over", ChangeFeedFixture.Subscription);
        var error = await ws.ReceiveAsync("error", "over", Wait);
        Assert.Equal("SUBSCRIPTION_LIMIT", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = ChangeFeedFixture.Subscription }) })
        {
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var refused = await gateway.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
            Assert.Contains("\"SUBSCRIPTION_LIMIT\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A WebSocket subscription the client completes gives its slot to an SSE stream...
        await ws.SendAsync(new { id = "held", type = "complete" });
        await using var replacement = await UntilAcceptedOverSseAsync();
        // ...and an SSE stream the client closes gives its slot to a WebSocket operation.
        await sse.DisposeAsync();
        await UntilAcceptedOverWebSocketAsync(ws);
    }

    // The slot comes back once the server has seen the end, which is asynchronous: ask again until accepted.
    private async Task<SseSubscriber> UntilAcceptedOverSseAsync()
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var attempt = await SseSubscriber.StartAsync(gateway.Client, ChangeFeedFixture.Subscription);
            if (attempt.Status == HttpStatusCode.OK)
                return attempt;
            await attempt.DisposeAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, attempt.Status);
            Assert.True(DateTime.UtcNow < deadline, "No subscription slot came free.");
            await Task.Delay(50);
        }
    }

    private static async Task UntilAcceptedOverWebSocketAsync(WebSocketSubscriber ws)
    {
        var deadline = DateTime.UtcNow + Wait;
        for (var attempt = 0; ; attempt++)
        {
            var id = "query-" + attempt;
            await ws.SubscribeAsync(id, Query);
            var answer = await NextNotPingAsync(ws);
            if (answer.GetProperty("type").GetString() == "next")
            {
                await ws.ReceiveAsync("complete", id, Wait);
                return;
            }
            Assert.Equal("error", answer.GetProperty("type").GetString());
            Assert.True(DateTime.UtcNow < deadline, "No subscription slot came free.");
            await Task.Delay(50);
        }
    }

    private static async Task<System.Text.Json.JsonElement> NextNotPingAsync(WebSocketSubscriber ws)
    {
        while (true)
        {
            var message = await ws.ReceiveAsync(Wait) ?? throw new InvalidOperationException($"The server closed the socket ({(int?)ws.CloseStatus}).");
            if (message.GetProperty("type").GetString() != "ping")
                return message;
        }
    }
}
