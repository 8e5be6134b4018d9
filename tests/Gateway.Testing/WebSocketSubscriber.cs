using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Xunit;

namespace Gateway.Testing;

/// <summary>A bare graphql-transport-ws client: send any message, read the next one, see how the server closed.</summary>
public sealed class WebSocketSubscriber : IAsyncDisposable
{
    public const string SubProtocol = "graphql-transport-ws";

    private readonly WebSocket _socket;

    private WebSocketSubscriber(WebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    /// <summary>Over the network, to a gateway listening at <paramref name="gateway"/>.</summary>
    public static async Task<WebSocketSubscriber> ConnectAsync(Uri gateway)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(SubProtocol);
        var url = new UriBuilder(gateway) { Scheme = gateway.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await socket.ConnectAsync(url, CancellationToken.None);
        return new WebSocketSubscriber(socket);
    }

    /// <summary>In process, to a gateway hosted by a <see cref="TestServer"/>.</summary>
    public static async Task<WebSocketSubscriber> ConnectAsync(TestServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var client = server.CreateWebSocketClient();
        client.SubProtocols.Add(SubProtocol);
        return new WebSocketSubscriber(await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None));
    }

    /// <summary>Connects, initialises and waits for the acknowledgement.</summary>
    public static async Task<WebSocketSubscriber> InitialisedAsync(Uri gateway, object? payload = null) =>
        await InitialiseAsync(await ConnectAsync(gateway), payload);

    /// <summary>Sends <c>connection_init</c> and waits for the acknowledgement.</summary>
    public static async Task<WebSocketSubscriber> InitialiseAsync(WebSocketSubscriber client, object? payload = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        await client.SendAsync(new { type = "connection_init", payload });
        var ack = await client.ReceiveAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
        return client;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the socket (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
        }
    }

    /// <summary>The next message of type <paramref name="type"/> (for operation <paramref name="id"/>), skipping server pings.</summary>
    public async Task<JsonElement> ReceiveAsync(string type, string? id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var message = await ReceiveAsync(deadline - DateTime.UtcNow)
                ?? throw new InvalidOperationException($"The server closed the socket ({(int?)CloseStatus} {CloseDescription}) while waiting for '{type}'.");
            var actual = message.GetProperty("type").GetString();
            if (actual == "ping")
                continue;
            if (actual != type || (id is not null && message.GetProperty("id").GetString() != id))
                throw new InvalidOperationException($"Expected '{type}', got {message}.");
            return message;
        }
    }

    /// <summary>Reads until the server closes the socket (only keep-alive pings may come first) and returns the close code.</summary>
    public async Task<int?> ClosedAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await ReceiveAsync(deadline - DateTime.UtcNow) is { } message)
        {
            if (message.GetProperty("type").GetString() != "ping")
                throw new InvalidOperationException($"Expected the socket to close, got {message}.");
        }
        return (int?)CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException)
            {
            }
        }
        _socket.Dispose();
    }
}
