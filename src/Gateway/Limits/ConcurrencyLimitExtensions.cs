using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;

namespace Gateway.Limits;

/// <summary>
/// Sheds load on the GraphQL endpoint with ASP.NET Core's rate limiting middleware and a concurrency limiter.
/// Without it 512 connections ran 512 operations at once on 2 cores: p50 over 4 s, health probes timing out and the
/// process growing past 600 MB.
/// </summary>
public static class ConcurrencyLimitExtensions
{
    /// <summary>The rate limiting policy of the GraphQL endpoint.</summary>
    public const string PolicyName = "graphql-concurrency";

    /// <summary>The stable code of the error answered with 503 when the limit and the queue are full.</summary>
    public const string BusyCode = "GATEWAY_BUSY";

    public static IServiceCollection AddGraphQLConcurrencyLimit(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection(ConcurrencyLimitOptions.SectionName);
        services.AddOptions<ConcurrencyLimitOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var limits = section.Get<ConcurrencyLimitOptions>() ?? new ConcurrencyLimitOptions();
        services.AddRateLimiter(rateLimiter =>
        {
            rateLimiter.AddConcurrencyLimiter(PolicyName, limiter =>
            {
                limiter.PermitLimit = limits.MaxConcurrentRequests;
                limiter.QueueLimit = limits.QueueLimit;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            rateLimiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            rateLimiter.OnRejected = (context, ct) => WriteBusyAsync(context.HttpContext, limits, ct);
        });
        return services;
    }

    /// <summary>Limits <paramref name="endpoint"/>; needs <c>app.UseRateLimiter()</c> after routing.</summary>
    public static TBuilder WithConcurrencyLimit<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.RequireRateLimiting(PolicyName);

    private static async ValueTask WriteBusyAsync(HttpContext context, ConcurrencyLimitOptions limits, CancellationToken ct)
    {
        var retryAfter = limits.RetryAfterSeconds;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var error = new ExecutionError(
            $"The gateway is running its maximum of {limits.MaxConcurrentRequests} GraphQL requests and {limits.QueueLimit} more are waiting; retry after {retryAfter} s.")
        {
            Code = BusyCode,
            Extensions = new Dictionary<string, object?> { ["retryAfterSeconds"] = retryAfter },
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(context.Response.Body, new ExecutionResult(error), ct);
    }
}
