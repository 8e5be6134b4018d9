using Gateway.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>graphql-transport-ws and GraphQL over SSE as their protocol texts describe them: messages, errors, close codes.</summary>
public sealed class TransportProtocolTests(TransportProtocolTests.ShortInitFixture gateway) : IClassFixture<TransportProtocolTests.ShortInitFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    // Matches no event, so nothing but keep-alives is sent while it runs.
    private const string IdleSubscription = "subscription { personChanged(where: { email: { eq: \"nobody@idle.invalid\" } }) { kind } }";

    public sealed class ShortInitFixture : ChangeFeedFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["ChangeFeed:ConnectionInitTimeout"] = "00:00:00.500",
            ["ChangeFeed:MaxSubscriptionsPerConnection"] = "2",
        };
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPong()
    {
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SendAsync(new { type = "ping" });

        await ws.ReceiveAsync("pong", null, Wait);
    }

    [Fact]
    public async Task QueryOverWebSocket_IsOneNextThenComplete()
    {
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("q", "{ people(first: 1) { nodes { email } } }");

        var next = await ws.ReceiveAsync("next", "q", Wait);
        Assert.Equal(JsonValueKind.String, next.GetProperty("payload").GetProperty("data").GetProperty("people").GetProperty("nodes")[0].GetProperty("email").ValueKind);
        await ws.ReceiveAsync("complete", "q", Wait);
    }

    [Fact]
    public async Task InvalidDocument_IsAnErrorMessage_AndTheSocketStaysOpen()
    {
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("bad", "subscription { personChanged { nosuchfield } }");

        var error = await ws.ReceiveAsync("error", "bad", Wait);
        Assert.Contains("nosuchfield", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await ws.SendAsync(new { type = "ping" });
        await ws.ReceiveAsync("pong", null, Wait);
    }

    [Fact]
    public async Task CompleteFromClient_StopsTheSubscription_AndTheIdCanBeReused()
    {
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("s", ChangeFeedFixture.Subscription);
        await ws.SendAsync(new { id = "s", type = "complete" });

        await AssertQueryRunsAsync(ws, "s");
    }

    [Fact]
    public async Task MoreSubscriptionsThanAllowedPerConnection_GetAnErrorMessage_UntilOneCompletes()
    {
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("a", ChangeFeedFixture.Subscription);
        await ws.SubscribeAsync("b", ChangeFeedFixture.Subscription);
        await ws.SubscribeAsync("c", ChangeFeedFixture.Subscription);

        var error = await ws.ReceiveAsync("error", "c", Wait);
        Assert.Equal("SUBSCRIPTION_LIMIT", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        // The socket's messages are handled in order: "a" has given its place up when the query arrives.
        await ws.SendAsync(new { id = "a", type = "complete" });
        await AssertQueryRunsAsync(ws, "d");
    }

    [Fact]
    public async Task IdleSseSubscription_GetsAKeepAliveCommentEveryInterval()
    {
        await using var sse = await SseSubscriber.StartAsync(gateway.Client, IdleSubscription);

        Assert.Equal(HttpStatusCode.OK, sse.Status);
        Assert.True(await sse.CommentAsync(Wait), "No keep-alive comment arrived.");
        Assert.True(await sse.CommentAsync(Wait), "Only one keep-alive comment arrived.");
        Assert.False(sse.Completed);
    }

    [Fact]
    public async Task IdleWebSocket_GetsPingsEveryInterval_AndStaysOpenWhenAnsweredWithPong()
    {
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("idle", IdleSubscription);

        for (var i = 0; i < 2; i++)
        {
            var message = await ws.ReceiveAsync(Wait);
            Assert.Equal("ping", message?.GetProperty("type").GetString());
            await ws.SendAsync(new { type = "pong" });
        }
        await ws.SendAsync(new { type = "ping" });
        await ws.ReceiveAsync("pong", null, Wait);
        // The subscription is still running: its id is taken.
        await ws.SubscribeAsync("idle", IdleSubscription);
        await AssertClosedAsync(ws, 4409);
    }

    [Fact]
    public async Task PeerThatStopsAnsweringPings_IsDisconnected()
    {
        // A raw client: the handshake and connection_init, then silence, as from a peer that vanished without closing.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(gateway.LoopbackAddress!.Host, gateway.LoopbackAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
            "GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"));
        await stream.WriteAsync(MaskedTextFrame("""{"type":"connection_init"}"""));

        // Everything the server sends is drained unanswered (the 101, connection_ack, pings) until it lets the peer go.
        using var deadline = new CancellationTokenSource(Wait + Wait);
        var buffer = new byte[4096];
        var received = new List<byte>();
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, deadline.Token)) > 0) received.AddRange(buffer.AsSpan(0, read).ToArray());
        }
        catch (IOException)
        {
            // Reset instead of closed: let go all the same.
        }

        Assert.StartsWith("HTTP/1.1 101", System.Text.Encoding.ASCII.GetString(received.ToArray()), StringComparison.Ordinal);
    }

    private static byte[] MaskedTextFrame(string text)
    {
        var payload = System.Text.Encoding.UTF8.GetBytes(text);
        byte[] mask = [1, 2, 3, 4];
        var frame = new List<byte> { 0x81, (byte)(0x80 | payload.Length) };
        frame.AddRange(mask);
        frame.AddRange(payload.Select((b, i) => (byte)(b ^ mask[i % 4])));
        return [.. frame];
    }

    [Fact]
    public async Task SubscribeBeforeAck_Closes4401()
    {
        await using var ws = await WebSocketSubscriber.ConnectAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("early", ChangeFeedFixture.Subscription);

        await AssertClosedAsync(ws, 4401);
    }

    [Fact]
    public async Task SecondConnectionInit_Closes4429()
    {
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SendAsync(new { type = "connection_init" });

        await AssertClosedAsync(ws, 4429);
    }

    [Fact]
    public async Task DuplicateOperationId_Closes4409()
    {
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SubscribeAsync("same", ChangeFeedFixture.Subscription);
        await ws.SubscribeAsync("same", ChangeFeedFixture.Subscription);

        await AssertClosedAsync(ws, 4409);
    }

    [Theory]
    [InlineData("{\"type\":\"no_such_type\"}")]
    [InlineData("not json")]
    [InlineData("{\"id\":\"x\",\"type\":\"subscribe\"}")]
    public async Task InvalidMessage_Closes4400(string message)
    {
        await using var ws = await WebSocketSubscriber.InitialisedAsync(gateway.LoopbackAddress!);
        await ws.SendTextAsync(message);

        await AssertClosedAsync(ws, 4400);
    }

    [Fact]
    public async Task NoConnectionInit_Closes4408AfterTheWaitTime()
    {
        await using var ws = await WebSocketSubscriber.ConnectAsync(gateway.LoopbackAddress!);

        await AssertClosedAsync(ws, 4408);
    }

    [Fact]
    public async Task SseValidationError_IsANextEventOnAnAcceptedStream_ThenComplete()
    {
        await using var sse = await SseSubscriber.StartAsync(gateway.Client, "subscription { personChanged { nosuchfield } }");

        Assert.Equal(HttpStatusCode.OK, sse.Status);
        var next = await sse.NextAsync(Wait);
        Assert.Contains("nosuchfield", next!.Value.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Null(await sse.NextAsync(Wait));
    }

    [Fact]
    public async Task SseGet_ServesASubscription_ButNeverAMutation()
    {
        using var subscription = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("subscription { personChanged { kind } }"));
        subscription.Headers.Accept.ParseAdd("text/event-stream");
        using var accepted = await gateway.Client.SendAsync(subscription, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", accepted.Content.Headers.ContentType?.MediaType);

        await using var mutation = await SseGetAsync("mutation { deletePerson(input: { id: \"x\" }) { errors { __typename } } }");
        var refused = await mutation.NextAsync(Wait);
        Assert.Contains("GET", refused!.Value.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SubscriptionOverPlainHttp_IsRefusedWithAPointerToTheStreams()
    {
        using var response = await gateway.Client.PostAsJsonAsync("/graphql", new { query = "subscription { personChanged { kind } }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("SUBSCRIPTION_NEEDS_STREAM", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<SseSubscriber> SseGetAsync(string query)
    {
        var client = gateway.Client;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd("text/event-stream");
        return await SseSubscriber.StartAsync(client, request);
    }

    private static async Task AssertQueryRunsAsync(WebSocketSubscriber ws, string id)
    {
        await ws.SubscribeAsync(id, "{ people(first: 1) { totalCount } }");
        await ws.ReceiveAsync("next", id, Wait);
        await ws.ReceiveAsync("complete", id, Wait);
    }

    private static async Task AssertClosedAsync(WebSocketSubscriber ws, int code) => Assert.Equal(code, await ws.ClosedAsync(Wait));
}
