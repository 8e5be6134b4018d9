using System.Text;
using Gateway.Graph.ChangeFeed;
using Gateway.Http;
using Gateway.Http.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Gateway.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events, "distinct connections" mode (graphql-sse PROTOCOL.md): one operation per request,
/// <c>POST /graphql</c> (or <c>GET</c> for queries and subscriptions) with <c>Accept: text/event-stream</c>. Results are
/// <c>next</c> events, the end is a <c>complete</c> event; the client ends a subscription by closing the connection.
/// Malformed HTTP requests get GraphQL-over-HTTP statuses; GraphQL errors (parse, validation, limits) arrive as a
/// <c>next</c> event on an accepted stream, as the protocol requires.
/// </summary>
internal sealed class SseTransport(
    GraphQLRequestReader reader, GraphQLRequestExecutor executor, GraphQLResponseWriter writer, IGraphQLTextSerializer serializer,
    SubscriptionAccess access, SubscriptionSlots slots, IOptions<ChangeFeedOptions> options, IHostApplicationLifetime lifetime)
{
    public const string MediaType = "text/event-stream";
    private static readonly byte[] KeepAlive = Encoding.UTF8.GetBytes(":\n\n");
    private static readonly byte[] Complete = Encoding.UTF8.GetBytes("event: complete\ndata: \n\n");

    public async Task HandleAsync(HttpContext context)
    {
        if (access.Refusal(context.User) is { } refusal)
        {
            await writer.WriteErrorAsync(context, GraphQLMediaTypes.Json, new SubscriptionRefusedError(refusal.Message,
                refusal.Unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden));
            return;
        }
        GraphQLHttpRequest request;
        try
        {
            request = await reader.ReadAsync(context.Request, context.RequestAborted);
            if (request.IsBatch)
                throw new BatchingDisabledError();
        }
        catch (GraphQLRequestError error)
        {
            await writer.WriteErrorAsync(context, GraphQLMediaTypes.Json, error);
            return;
        }
        if (!slots.TryTake())
        {
            context.Response.Headers.RetryAfter = "5";
            await writer.WriteErrorAsync(context, GraphQLMediaTypes.Json, SubscriptionRefusedError.InstanceFull);
            return;
        }
        try
        {
            await StreamAsync(context, request);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how a subscription ends here.
        }
        finally
        {
            slots.Return();
        }
    }

    // Executed before the response starts, so a client that sees the stream accepted knows its subscription is live.
    private async Task StreamAsync(HttpContext context, GraphQLHttpRequest request)
    {
        // Ends at the token's expiry and when the gateway stops (a deploy must not wait for subscribers), without a
        // `complete` event: the client sees the connection end and reconnects with its last cursor.
        using var expiry = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        if (access.ExpiresAt(context.User) is { } expiresAt)
            expiry.CancelAfter(Clamp(expiresAt - DateTimeOffset.UtcNow));
        var result = await executor.ExecuteStreamingAsync(context, request.Requests[0], context.User, context.RequestServices, request.IsGet, expiry.Token);

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
        if (result.Streams is not { Count: > 0 } streams)
        {
            await SendAsync(context, result);
        }
        else
        {
            using var stream = ResultStream.Subscribe(streams.Values.First());
            try
            {
                await ResultPump.RunAsync(stream, r => SendAsync(context, r), () => WriteAsync(context, KeepAlive),
                    options.Value.KeepAliveInterval, expiry.Token);
            }
            catch (OperationCanceledException) when (expiry.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (ResultPump.EndingError(error) is { } ending)
            {
                await SendAsync(context, new ExecutionResult(ending));
            }
        }
        await WriteAsync(context, Complete);
    }

    private Task SendAsync(HttpContext context, ExecutionResult result) =>
        WriteAsync(context, Encoding.UTF8.GetBytes("event: next\ndata: " + serializer.Serialize(result) + "\n\n"));

    private static async Task WriteAsync(HttpContext context, byte[] bytes)
    {
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    internal static TimeSpan Clamp(TimeSpan delay) =>
        delay <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : delay > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : delay;
}

/// <summary>A subscription refused before it starts: no or a wrong token, a missing scope, or a full instance.</summary>
internal sealed class SubscriptionRefusedError(string message, int statusCode, string code = "AUTH_NOT_AUTHORIZED")
    : GraphQLRequestError(message, code, statusCode)
{
    public static SubscriptionRefusedError InstanceFull => new(
        "This instance holds as many subscriptions as it may (ChangeFeed:MaxSubscriptionsPerInstance); retry later or on another instance.",
        StatusCodes.Status503ServiceUnavailable, "SUBSCRIPTION_LIMIT");
}
