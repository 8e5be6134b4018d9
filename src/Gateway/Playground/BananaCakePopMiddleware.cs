using System.Text.Json;
using Microsoft.AspNetCore.Http.Extensions;

namespace Gateway.Playground;

/// <summary>
/// Answers a browser's navigation to the GraphQL path with the IDE and serves its
/// <c>bcp-config.json</c>; every GraphQL request on the same path passes through.
/// </summary>
internal sealed class BananaCakePopMiddleware(
    RequestDelegate next, PathString path, PlaygroundFiles files, PlaygroundOptions options)
{
    private const string ConfigFile = "/bcp-config.json";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(path, out var rest))
        {
            return next(context);
        }

        if (rest == ConfigFile)
        {
            return WriteConfigAsync(context);
        }

        if ((rest == "" || rest == "/") && IsBrowserNavigation(request))
        {
            // The IDE's page loads static/js/... and bcp-config.json relative to its own URL, so at
            // /graphql they would resolve to /static/...; redirecting to /graphql/ keeps the package's
            // HTML exactly as shipped (no rewriting, licence notices untouched) at the cost of one
            // redirect on the first navigation, where injecting <base href> would mean editing it.
            if (rest == "")
            {
                context.Response.Redirect(request.PathBase + path + "/" + request.QueryString);
                return Task.CompletedTask;
            }

            return files.IsInstalled ? WriteIdeAsync(context) : NotInstalledPage.WriteAsync(context);
        }

        return next(context);
    }

    // GraphQL over HTTP lets a GET carry the operation in `query`; clients ask for JSON, browsers for HTML.
    private static bool IsBrowserNavigation(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private Task WriteIdeAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.SendFileAsync(files.Provider.GetFileInfo(PlaygroundFiles.EntryFile));
    }

    private Task WriteConfigAsync(HttpContext context)
    {
        var request = context.Request;
        var config = new Dictionary<string, object>
        {
            // Built from the request so the IDE reaches this gateway behind any host and path base.
            ["endpoint"] = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, path),
            ["useBrowserUrlAsEndpoint"] = false,
            ["title"] = options.Title,
            ["includeCookies"] = false,
            ["useGet"] = false,
            // Subscriptions over graphql-transport-ws at the same path (Subscriptions/WebSocketTransport); this IDE version
            // also speaks graphql-sse, but its WebSocket client is the one that sends connection_init with the auth header.
            ["subscriptionEndpoint"] = UriHelper.BuildAbsolute(request.Scheme == "https" ? "wss" : "ws", request.Host, request.PathBase, path),
            ["subscriptionProtocol"] = "graphql-transport-ws",
            // The IDE otherwise reports usage to telemetry.chillicream.com; the gateway must work offline.
            ["disableTelemetry"] = true,
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(JsonSerializer.Serialize(config));
    }
}
