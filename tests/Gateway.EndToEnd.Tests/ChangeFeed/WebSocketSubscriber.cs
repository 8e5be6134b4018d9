using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>A bare graphql-transport-ws client: send any message, read the next one, see how the server closed.</summary>
public sealed class WebSocketSubscriber : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public static async Task<WebSocketSubscriber> ConnectAsync(Uri gateway, string subProtocol = "graphql-transport-ws")
    {
        var client = new WebSocketSubscriber();
        client._socket.Options.AddSubProtocol(subProtocol);
        var url = new UriBuilder(gateway) { Scheme = gateway.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await client._socket.ConnectAsync(url, CancellationToken.None);
        return client;
    }

    /// <summary>Connects, initialises and waits for the acknowledgement.</summary>
    public static async Task<WebSocketSubscriber> InitialisedAsync(Uri gateway, object? payload = null)
    {
        var client = await ConnectAsync(gateway);
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
