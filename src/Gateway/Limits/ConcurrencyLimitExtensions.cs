using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>
/// Sheds load on the GraphQL endpoint with a <see cref="ConcurrencyLimiter"/> (System.Threading.RateLimiting).
/// Without it 512 connections ran 512 operations at once on 2 cores: p50 over 4 s, health probes timing out and the
/// process growing past 600 MB. It is its own middleware rather than an ASP.NET Core rate limiting policy so that it
/// composes with the per-client policy an endpoint may carry (an endpoint has one policy, the options one OnRejected).
/// </summary>
public static class ConcurrencyLimitExtensions
{
    /// <summary>The stable code of the error answered with 503 when the limit and the queue are full.</summary>
    public const string BusyCode = "GATEWAY_BUSY";

    public static IServiceCollection AddGraphQLConcurrencyLimit(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ConcurrencyLimitOptions>()
            .Bind(config.GetSection(ConcurrencyLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ConcurrencyLimitMiddleware>();
        return services;
    }

    /// <summary>Runs the endpoints marked <see cref="WithConcurrencyLimit{TBuilder}"/> within the limit; call after routing.</summary>
    public static IApplicationBuilder UseConcurrencyLimit(this IApplicationBuilder app) => app.UseMiddleware<ConcurrencyLimitMiddleware>();

    /// <summary>Puts <paramref name="endpoint"/> under the concurrency limit.</summary>
    public static TBuilder WithConcurrencyLimit<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.WithMetadata(ConcurrencyLimited.Instance);

    private sealed class ConcurrencyLimited
    {
        public static readonly ConcurrencyLimited Instance = new();
    }

    private sealed class ConcurrencyLimitMiddleware(IOptions<ConcurrencyLimitOptions> options) : IMiddleware, IDisposable
    {
        private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.MaxConcurrentRequests,
            QueueLimit = options.Value.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        public async Task InvokeAsync(HttpContext context, RequestDelegate next)
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<ConcurrencyLimited>() is null)
            {
                await next(context);
                return;
            }

            RateLimitLease lease;
            try
            {
                lease = await _limiter.AcquireAsync(1, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return; // The client left while waiting in the queue.
            }

            using (lease)
            {
                if (lease.IsAcquired)
                    await next(context);
                else
                    await WriteBusyAsync(context, options.Value);
            }
        }

        public void Dispose() => _limiter.Dispose();

        private static async Task WriteBusyAsync(HttpContext context, ConcurrencyLimitOptions limits)
        {
            var retryAfter = limits.RetryAfterSeconds;
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            var error = new ExecutionError(
                $"The gateway is running its maximum of {limits.MaxConcurrentRequests} GraphQL requests and {limits.QueueLimit} more are waiting; retry after {retryAfter} s.")
            {
                Code = BusyCode,
                Extensions = new Dictionary<string, object?> { ["retryAfterSeconds"] = retryAfter },
            };
            context.Response.ContentType = "application/json; charset=utf-8";
            var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
            await serializer.WriteAsync(context.Response.Body, new ExecutionResult(error), context.RequestAborted);
        }
    }
}
