using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;

namespace Gateway.RateLimiting;

/// <summary>
/// Per-client limits with ASP.NET Core's rate limiter, on the GraphQL endpoint only (health checks and the
/// playground's files are not limited). A client is the token's subject when authenticated, its IP address otherwise.
/// </summary>
public static class RateLimitingExtensions
{
    public const string PolicyName = "PerClient";
    public const string ErrorCode = "RATE_LIMITED";

    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection(RateLimitOptions.SectionName);
        services.AddOptions<RateLimitOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, context => options.Enabled
                ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = options.Window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>The partition key: "sub:" and the subject for an authenticated caller, "ip:" and the address otherwise.</summary>
    public static string ClientOf(HttpContext context)
    {
        var subject = context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirstValue("sub") ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;
        return subject is not null ? "sub:" + subject : "ip:" + context.Connection.RemoteIpAddress;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var error = new ExecutionError($"Too many requests from this client; retry after {retryAfter} s.")
        {
            Code = ErrorCode,
            Extensions = new Dictionary<string, object?> { ["retryAfterSeconds"] = retryAfter },
        };
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        context.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, new ExecutionResult(error), cancellationToken);
    }
}
