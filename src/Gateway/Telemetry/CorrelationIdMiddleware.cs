using System.Diagnostics;

namespace Gateway.Telemetry;

/// <summary>
/// Honours a well-formed <c>X-Correlation-Id</c> or makes one (the trace id when tracing, else a new GUID),
/// echoes it on the response and puts it in the log scope of everything the request logs.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[HeaderName].ToString();
        if (!IsWellFormed(id))
            id = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        context.Response.Headers[HeaderName] = id;
        Activity.Current?.SetTag("correlation.id", id);
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
            await next(context);
    }

    // Only short opaque ids: a header is client input and ends up in every log line.
    private static bool IsWellFormed(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
