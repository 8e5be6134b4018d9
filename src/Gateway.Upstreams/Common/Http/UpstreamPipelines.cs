using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// Builds, once per upstream, the pipelines the resilience handler picks per request.
/// Read: total timeout → retry (jittered exponential, Retry-After aware) → breaker → attempt timeout.
/// Write: breaker → attempt timeout, no retry and no hedging (DESIGN.md: writes are never retried blindly;
/// Worksection writes are GETs, so the choice follows the operation, not the HTTP verb).
/// </summary>
internal sealed class UpstreamPipelines(IOptions<UpstreamResilienceOptions> options, ILogger<UpstreamPipelines> logger)
{
    private readonly ConcurrentDictionary<UpstreamName, Lazy<UpstreamPipelineSet>> sets = new();

    public UpstreamPipelineSet For(UpstreamName upstream) =>
        sets.GetOrAdd(upstream, u => new Lazy<UpstreamPipelineSet>(() => Build(u))).Value;

    private UpstreamPipelineSet Build(UpstreamName upstream)
    {
        var o = options.Value;
        var state = new CircuitBreakerStateProvider();
        var breaker = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = o.BreakerFailureRatio,
                SamplingDuration = o.BreakerSamplingDuration,
                MinimumThroughput = o.BreakerMinimumThroughput,
                BreakDuration = o.BreakerBreakDuration,
                StateProvider = state,
                ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
                OnOpened = args =>
                {
                    logger.LogWarning("Circuit for {Upstream} opened for {BreakDuration}", upstream.Code(), args.BreakDuration);
                    return default;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("Circuit for {Upstream} closed", upstream.Code());
                    return default;
                },
            })
            .Build();

        var readBuilder = new ResiliencePipelineBuilder<HttpResponseMessage>().AddTimeout(o.ReadTotalTimeout);
        // Polly refuses a retry strategy with zero attempts; zero retries simply means no retry strategy.
        if (o.ReadMaxRetries > 0)
        {
            readBuilder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = o.ReadMaxRetries,
                Delay = o.ReadRetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, o.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterOf(args.Outcome.Result)),
                OnRetry = args =>
                {
                    logger.LogInformation(
                        "Retrying {Upstream} {Operation} after {Outcome} (retry {Attempt}, delay {Delay})",
                        upstream.Code(), OperationOf(args.Context), Describe(args.Outcome), args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }

        var read = readBuilder.AddPipeline(breaker).AddTimeout(o.ReadAttemptTimeout).Build();

        var write = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddPipeline(breaker)
            .AddTimeout(o.WriteAttemptTimeout)
            .Build();

        return new UpstreamPipelineSet(read, write, state);
    }

    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } r } => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited)
        {
            // A long Retry-After (say 3600 s) must not hold the caller: it fails fast as RateLimited instead.
            return RetryAfterOf(limited) is not { } wait || wait <= maxRetryAfter;
        }

        return IsFailure(outcome);
    }

    /// <summary>The wait a 429 asks for, from either form of Retry-After; null when absent.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage? response)
    {
        if (response is not { StatusCode: HttpStatusCode.TooManyRequests } || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } w && w < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static string OperationOf(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && UpstreamCall.Of(request) is { } call ? call.Operation : "unknown";

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } e ? e.GetType().Name : $"HTTP {(int)outcome.Result!.StatusCode}";
}
