using System.Net.WebSockets;
using Gateway.Graph.ChangeFeed;
using Gateway.Http;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Gateway.Subscriptions;

/// <summary>
/// GraphQL over WebSocket with the <c>graphql-transport-ws</c> subprotocol (graphql-ws PROTOCOL.md) at the GraphQL path:
/// queries, mutations and subscriptions, each operation in its own service scope, over ASP.NET Core's WebSockets.
/// </summary>
internal sealed class WebSocketTransport(
    GraphQLRequestReader reader, GraphQLRequestExecutor executor, IGraphQLTextSerializer serializer,
    SubscriptionAccess access, SubscriptionSlots slots, IOptions<ChangeFeedOptions> options,
    IOptions<GraphQLEndpointOptions> endpoint, IHostApplicationLifetime lifetime, ILogger<WebSocketTransport> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"GraphQL over WebSocket needs the '{SubProtocol}' subprotocol (Sec-WebSocket-Protocol).", context.RequestAborted);
            return;
        }
        // WebSocket ping frames besides the protocol's own pings: a peer that vanished without closing (a laptop lid,
        // a dropped NAT entry) answers no pong, and its socket and subscriptions are let go after one more interval
        // instead of when TCP gives up, many minutes later. Browsers and ClientWebSocket answer these by themselves.
        var keepAlive = options.Value.KeepAliveInterval;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(
            new WebSocketAcceptContext { SubProtocol = SubProtocol, KeepAliveInterval = keepAlive, KeepAliveTimeout = keepAlive });
        var connection = new WebSocketConnection(context, socket, this);
        await connection.RunAsync();
    }

    internal GraphQLRequestReader Reader => reader;
    internal GraphQLRequestExecutor Executor => executor;
    internal IGraphQLTextSerializer Serializer => serializer;
    internal SubscriptionAccess Access => access;
    internal SubscriptionSlots Slots => slots;
    internal ChangeFeedOptions Options => options.Value;
    internal long MaxMessageBytes => endpoint.Value.MaxRequestBodyBytes;
    internal ILogger Logger => logger;
    internal CancellationToken Stopping => lifetime.ApplicationStopping;
}
