using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Gateway.Graph.ChangeFeed;
using Gateway.Http.Errors;
using GraphQL;
using GraphQL.Transport;

namespace Gateway.Subscriptions;

/// <summary>
/// One graphql-transport-ws socket: reads messages one by one, runs each operation as its own task, and sends under a
/// lock (a socket allows one send at a time). Every protocol violation closes the socket with its close code.
/// </summary>
internal sealed class WebSocketConnection(HttpContext context, WebSocket socket, WebSocketTransport transport)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private int _initialised;
    private volatile bool _acknowledged;
    private ClaimsPrincipal _user = context.User;

    public async Task RunAsync()
    {
        var options = transport.Options;
        _ = CloseUnlessInitialisedAsync(options.ConnectionInitTimeout);
        _ = KeepAliveAsync(options.KeepAliveInterval);
        // A deploy must not wait for open sockets: 1001 Going Away, which clients retry (on another instance).
        await using var stopping = transport.Stopping.Register(() => _ = CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "The server is shutting down"));
        try
        {
            while (!_closed.IsCancellationRequested)
            {
                var message = await ReceiveAsync();
                if (message is null)
                    break;
                // After a close frame was sent only the client's close frame matters.
                if (socket.State == WebSocketState.Open)
                    await HandleAsync(message);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The socket was closed or aborted.
        }
        catch (Exception error)
        {
            transport.Logger.LogError(error, "GraphQL WebSocket connection failed");
            await CloseAsync(WebSocketCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            await _closed.CancelAsync();
            foreach (var operation in _operations.Values)
                await CancelAsync(operation);
        }
    }

    // One whole text message, or null when the client closed. Too large a message closes the socket (1009).
    private async Task<string?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), _closed.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(WebSocketCloseStatus.NormalClosure, null);
                return null;
            }
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > transport.MaxMessageBytes)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, $"A message may hold at most {transport.MaxMessageBytes} bytes.");
                return null;
            }
            if (result.EndOfMessage)
            {
                if (result.MessageType != WebSocketMessageType.Text)
                {
                    await CloseAsync(WebSocketCloseCodes.BadRequest, "Messages must be JSON text.");
                    return null;
                }
                return Encoding.UTF8.GetString(buffer.WrittenSpan);
            }
        }
    }

    private async Task HandleAsync(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException)
        {
            await CloseAsync(WebSocketCloseCodes.BadRequest, "The message is not valid JSON.");
            return;
        }
        using (document)
        {
            var message = document.RootElement;
            var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            switch (type)
            {
                case "connection_init":
                    await InitialiseAsync(message);
                    break;
                case "ping":
                    await SendAsync("{\"type\":\"pong\"}");
                    break;
                case "pong":
                    break;
                case "subscribe":
                    await SubscribeAsync(message);
                    break;
                case "complete":
                    if (Id(message) is { } id && _operations.TryRemove(id, out var operation))
                        await CancelAsync(operation);
                    break;
                default:
                    await CloseAsync(WebSocketCloseCodes.BadRequest, type is null ? "The message has no type." : $"Unknown message type '{type}'.");
                    break;
            }
        }
    }

    private async Task InitialiseAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            await CloseAsync(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        // The token of the payload, else the upgrade request's Authorization header (non-browser clients).
        if (Token(message) is { } token)
            _user = await transport.Access.AuthenticateAsync(token);
        if (transport.Access.Refusal(_user) is { } refusal)
        {
            await CloseAsync(WebSocketCloseCodes.Forbidden, "Forbidden: " + refusal.Message);
            return;
        }
        if (transport.Access.ExpiresAt(_user) is { } expiresAt)
            _ = CloseAtAsync(expiresAt);
        _acknowledged = true;
        await SendAsync("{\"type\":\"connection_ack\"}");
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(WebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        var id = Id(message);
        if (string.IsNullOrEmpty(id) || id.Length > 128 || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            await CloseAsync(WebSocketCloseCodes.BadRequest, "A subscribe message needs an id and a payload object.");
            return;
        }
        GraphQLRequest request;
        try
        {
            request = transport.Reader.ReadRequest(payload);
        }
        catch (GraphQLRequestError error)
        {
            await CloseAsync(WebSocketCloseCodes.BadRequest, error.Message);
            return;
        }
        if (_operations.ContainsKey(id))
        {
            await CloseAsync(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        if (_operations.Count >= transport.Options.MaxSubscriptionsPerConnection)
        {
            await SendErrorAsync(id, $"A connection may run at most {transport.Options.MaxSubscriptionsPerConnection} operations at once (ChangeFeed:MaxSubscriptionsPerConnection).", "SUBSCRIPTION_LIMIT");
            return;
        }
        if (!transport.Slots.TryTake())
        {
            await SendErrorAsync(id, SubscriptionRefusedError.InstanceFull.Message, "SUBSCRIPTION_LIMIT");
            return;
        }
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
        _operations[id] = cancellation;
        _ = RunOperationAsync(id, request, cancellation);
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancellation)
    {
        try
        {
            await using var scope = context.RequestServices.CreateAsyncScope();
            var result = await transport.Executor.ExecuteStreamingAsync(context, request, _user, scope.ServiceProvider, isGet: false, cancellation.Token);
            if (result.Streams is not { Count: > 0 } streams)
            {
                if (result.Data is null && result.Errors is { Count: > 0 })
                {
                    await SendAsync(ErrorMessage(id, result));
                    return;
                }
                await SendNextAsync(id, result, cancellation.Token);
            }
            else
            {
                using var stream = ResultStream.Subscribe(streams.Values.First());
                await ResultPump.RunAsync(stream, r => SendNextAsync(id, r, cancellation.Token), keepAlive: null, TimeSpan.Zero, cancellation.Token);
            }
            if (!cancellation.IsCancellationRequested)
                await SendAsync($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"complete\"}}");
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Completed by the client, or the socket closed.
        }
        catch (Exception error) when (ResultPump.EndingError(error) is { } ending)
        {
            await SendAsync(ErrorMessage(id, new ExecutionResult(ending)));
        }
        catch (Exception error) when (error is not (WebSocketException or ObjectDisposedException))
        {
            transport.Logger.LogError(error, "GraphQL WebSocket operation failed");
            await SendErrorAsync(id, "An internal error occurred.", "INTERNAL_SERVER_ERROR");
        }
        finally
        {
            // Only this operation's entry: after a client complete the id may already run a new operation.
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
            transport.Slots.Return();
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
            ? Task.CompletedTask
            : SendAsync($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"next\",\"payload\":{transport.Serializer.Serialize(result)}}}");

    private Task SendErrorAsync(string id, string message, string code) =>
        SendAsync(ErrorMessage(id, new ExecutionResult(new ExecutionError(message) { Code = code })));

    // The error message's payload is the result's `errors` list as the serializer writes it.
    private string ErrorMessage(string id, ExecutionResult result)
    {
        using var serialized = JsonDocument.Parse(transport.Serializer.Serialize(result));
        var errors = serialized.RootElement.TryGetProperty("errors", out var list) ? list.GetRawText() : "[]";
        return $"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"error\",\"payload\":{errors}}}";
    }

    private async Task SendAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await _sendLock.WaitAsync(_closed.Token);
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _closed.Token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private Task CloseAsync(int code, string reason) => CloseAsync((WebSocketCloseStatus)code, reason);

    private async Task CloseAsync(WebSocketCloseStatus status, string? reason)
    {
        try
        {
            await _sendLock.WaitAsync(context.RequestAborted);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(status, Truncate(reason), context.RequestAborted);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone.
        }
        // The read loop goes on until the client answers with its close frame (the close handshake); stopping it at
        // once would abort the socket and could lose the close code in flight. A client that never answers is cut off.
        try
        {
            _closed.CancelAfter(CloseHandshakeTimeout);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task CloseUnlessInitialisedAsync(TimeSpan timeout)
    {
        try
        {
            await Task.Delay(timeout, _closed.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (Volatile.Read(ref _initialised) == 0)
            await CloseAsync(WebSocketCloseCodes.ConnectionInitTimeout, "Connection initialisation timeout");
    }

    private async Task CloseAtAsync(DateTimeOffset expiresAt)
    {
        try
        {
            await Task.Delay(SseTransport.Clamp(expiresAt - DateTimeOffset.UtcNow), _closed.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await CloseAsync(WebSocketCloseCodes.Forbidden, "Forbidden: the token expired");
    }

    private async Task KeepAliveAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closed.Token))
                await SendAsync("{\"type\":\"ping\"}");
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket is closed.
        }
    }

    // The operation may have just finished and disposed its source.
    private static async Task CancelAsync(CancellationTokenSource operation)
    {
        try
        {
            await operation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static string? Id(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    // `Authorization` ("Bearer …" or the bare token) or `token` in the payload, as graphql-ws clients send connectionParams.
    private static string? Token(JsonElement message)
    {
        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var property in payload.EnumerateObject())
        {
            if ((property.NameEquals("Authorization") || property.NameEquals("authorization") || property.NameEquals("token"))
                && property.Value.ValueKind == JsonValueKind.String)
                return property.Value.GetString();
        }
        return null;
    }

    // A close reason is at most 123 bytes of UTF-8.
    private static string? Truncate(string? reason) =>
        reason is null || Encoding.UTF8.GetByteCount(reason) <= 123 ? reason : reason[..Math.Min(reason.Length, 120)];
}
