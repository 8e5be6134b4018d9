using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Gateway.Playground;

public static class PlaygroundApplicationBuilderExtensions
{
    /// <summary>
    /// Serves the Banana Cake Pop IDE to browsers at <paramref name="path"/> (the GraphQL endpoint's
    /// path) and its assets below it, when <see cref="PlaygroundOptions.Enabled"/>. Call before the
    /// GraphQL endpoint is mapped; GraphQL requests on the same path pass through.
    /// </summary>
    public static IApplicationBuilder UseBananaCakePop(this IApplicationBuilder app, PathString path)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<PlaygroundOptions>>().Value;
        if (options.Enabled != true)
        {
            return app;
        }

        var files = PlaygroundFiles.Locate(options);
        app.UseMiddleware<BananaCakePopMiddleware>(path, files, options);
        if (!files.IsInstalled)
        {
            app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Playground").LogWarning(
                "The GraphQL IDE is enabled but its files are missing in {PlaygroundPath}; run 'npm ci' in src/Gateway/Playground or rebuild with Node.js installed",
                files.Root);
        }
        else
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = path,
                FileProvider = files.Provider,
                OnPrepareResponse = context => SetCacheHeaders(context, path.Add("/static")),
            });
        }

        return app;
    }

    private static void SetCacheHeaders(StaticFileResponseContext context, PathString hashedAssets)
    {
        // Files below static/ carry a content hash in their names (the package's asset-manifest.json);
        // the rest (favicon, manifest) keep their names across IDE versions.
        var hashed = context.Context.Request.Path.StartsWithSegments(hashedAssets);
        context.Context.Response.Headers.CacheControl = hashed ? "public, max-age=31536000, immutable" : "no-cache";
    }
}
