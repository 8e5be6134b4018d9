using Gateway.Http;
using Microsoft.Net.Http.Headers;

namespace Gateway.Subscriptions;

/// <summary>GraphQL over SSE and over WebSocket at the GraphQL path, beside the GraphQL-over-HTTP endpoint.</summary>
public static class StreamingTransportExtensions
{
    public static IServiceCollection AddGraphQLStreamingTransports(this IServiceCollection services)
    {
        services.AddSingleton<SubscriptionAccess>();
        services.AddSingleton<SubscriptionSlots>();
        services.AddSingleton<SseTransport>();
        services.AddSingleton<WebSocketTransport>();
        return services;
    }

    /// <summary>
    /// Takes the WebSocket upgrades and the <c>Accept: text/event-stream</c> requests of <paramref name="path"/>; every
    /// other request goes on to the endpoint. Call after authentication, CORS and per-client rate limiting (they apply to
    /// these requests as to any other) and before the concurrency limit, whose slots are for operations that finish:
    /// a subscription would hold one for hours. Subscriptions have their own limits.
    /// </summary>
    public static IApplicationBuilder UseGraphQLStreamingTransports(this IApplicationBuilder app, string path)
    {
        app.UseWebSockets();
        var sse = app.ApplicationServices.GetRequiredService<SseTransport>();
        var webSockets = app.ApplicationServices.GetRequiredService<WebSocketTransport>();
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
                await next(context);
            else if (context.WebSockets.IsWebSocketRequest)
                await webSockets.HandleAsync(context);
            else if ((HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsGet(context.Request.Method)) && AcceptsEventStream(context.Request))
                await sse.HandleAsync(context);
            else
                await next(context);
        });
    }

    private static bool AcceptsEventStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(range =>
            range.MediaType.Equals(SseTransport.MediaType, StringComparison.OrdinalIgnoreCase) && (range.Quality ?? 1) > 0);
}
