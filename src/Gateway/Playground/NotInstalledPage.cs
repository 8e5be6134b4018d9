namespace Gateway.Playground;

/// <summary>What a browser gets at the GraphQL path when the build could not install the IDE.</summary>
internal static class NotInstalledPage
{
    public static Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        // No file system path in the page: it may be served outside Development.
        return context.Response.WriteAsync("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>GraphQL IDE not installed</title></head>
            <body style="font-family: sans-serif; max-width: 42rem; margin: 3rem auto">
            <h1>The GraphQL IDE is not installed</h1>
            <p>This gateway serves the Banana Cake Pop IDE here, but its files were not found next to the
            application (<code>playground/</code>). The build installs them with npm.</p>
            <p>To install them, run <code>npm ci</code> in <code>src/Gateway/Playground</code>, or install
            Node.js and rebuild (<code>dotnet build</code>), then restart the gateway.</p>
            <p>GraphQL requests to this URL work without the IDE.</p>
            </body></html>
            """);
    }
}
