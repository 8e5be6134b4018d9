using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Emulators.Faults;

/// <summary>
/// Runs around every emulated endpoint: counts the call, then applies the upstream's active fault.
/// Counting comes first so that rejected and faulted requests are counted too.
/// </summary>
internal sealed class UpstreamCallFilter(string upstream) : IEndpointFilter
{
    private const string HtmlPage =
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var operation = OperationOf(http);
        http.RequestServices.GetRequiredService<CallCounter>().Increment(upstream, operation);

        var decision = http.RequestServices.GetRequiredService<FaultInjector>().Decide(upstream, operation);
        if (decision.Kind == FaultKind.None && decision.Delay == TimeSpan.Zero)
        {
            return await next(context);
        }

        using var abort = CancellationTokenSource.CreateLinkedTokenSource(
            http.RequestAborted,
            http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        try
        {
            if (decision.Delay > TimeSpan.Zero)
            {
                await Task.Delay(decision.Delay, abort.Token);
            }

            if (decision.Kind == FaultKind.Hang)
            {
                await Task.Delay(Timeout.Infinite, abort.Token);
            }
        }
        catch (OperationCanceledException)
        {
            http.Abort();
            return Results.Empty;
        }

        return decision.Kind switch
        {
            FaultKind.RateLimit => RateLimited(http, decision.RetryAfterSeconds),
            FaultKind.Error => Results.Json(new { message = "Injected fault" }, statusCode: decision.ErrorStatus),
            FaultKind.Html => Results.Content(HtmlPage, "text/html; charset=utf-8"),
            FaultKind.MalformedJson => new TruncatedResult(await next(context)),
            _ => await next(context),
        };
    }

    /// <summary>The Worksection action as sent (or "(none)"), else the endpoint's <see cref="EmulatorOperation"/>.</summary>
    internal static string OperationOf(HttpContext http)
    {
        var named = http.GetEndpoint()?.Metadata.GetMetadata<EmulatorOperation>();
        if (named is not null)
        {
            return named.Name;
        }

        var action = http.Request.Query["action"].ToString();
        return action.Length == 0 ? "(none)" : action;
    }

    private static IResult RateLimited(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { message = "Too many requests" }, statusCode: StatusCodes.Status429TooManyRequests);
    }
}
