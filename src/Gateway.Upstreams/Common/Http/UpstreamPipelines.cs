using System.Collections.Concurrent;
using System.Net;
using Gateway.Upstreams.Common.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// Builds, once per upstream, the pipelines the resilience handler picks per request.
/// Read: total timeout → retry (jittered exponential, Retry-After aware) → breaker → attempt timeout, the attempt
/// timeout shortened by <see cref="ReadStallDetector"/> once the operation has answered quickly a few times; an attempt
/// cut that way is not retried (a stalled upstream stays stalled for the retry too).
/// Write: breaker → attempt timeout, no retry and no hedging (DESIGN.md: writes are never retried blindly;
/// Worksection writes are GETs, so the choice follows the operation, not the HTTP verb).
/// The breaker counts connection failures, timeouts, 5xx, 408 and success answers that are not JSON at all.
/// </summary>
internal sealed class UpstreamPipelines(IOptions<UpstreamResilienceOptions> options, ReadStallDetector stalls, ILogger<UpstreamPipelines> logger)
{
    private static readonly ResiliencePropertyKey<bool> StallCutKey = new("Gateway.Upstreams.StallCut");

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
                    logger.LogWarning("Circuit for {Upstream} opened for {BreakDuration}", upstream.Code, args.BreakDuration);
                    return default;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("Circuit for {Upstream} closed", upstream.Code);
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
                ShouldHandle = args => ValueTask.FromResult(!WasStallCut(args.Context, args.Outcome) && ShouldRetry(args.Outcome, o.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterOf(args.Outcome.Result)),
                OnRetry = args =>
                {
                    logger.LogInformation(
                        "Retrying {Upstream} {Operation} after {Outcome} (retry {Attempt}, delay {Delay})",
                        upstream.Code, OperationOf(args.Context), Describe(args.Outcome), args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }

        var read = readBuilder.AddPipeline(breaker).AddTimeout(new TimeoutStrategyOptions { TimeoutGenerator = ReadAttemptTimeout }).Build();

        var write = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddPipeline(breaker)
            .AddTimeout(o.WriteAttemptTimeout)
            .Build();

        return new UpstreamPipelineSet(read, write, state);
    }

    private ValueTask<TimeSpan> ReadAttemptTimeout(TimeoutGeneratorArguments args)
    {
        if (args.Context.GetRequestMessage() is not { } request || UpstreamCall.Of(request) is not { } call)
        {
            return ValueTask.FromResult(options.Value.ReadAttemptTimeout);
        }

        var (timeout, isStallCut) = stalls.AttemptTimeout(call);
        args.Context.Properties.Set(StallCutKey, isStallCut);
        return ValueTask.FromResult(timeout);
    }

    private static bool WasStallCut(ResilienceContext context, Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is TimeoutRejectedException && context.Properties.GetValue(StallCutKey, false);

    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } r } => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.RequestTimeout
            || r.Content is BufferedBodyContent { IsMalformed: true },
        _ => false,
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited)
        {
            // A long Retry-After (say 3600 s) must not hold the caller: it fails fast as RateLimited instead.
            return RetryAfterOf(limited) is not { } wait || wait <= maxRetryAfter;
        }

        // A body that is not JSON is a failure for the breaker, but the same read would most likely get it again.
        return outcome.Result?.Content is not BufferedBodyContent { IsMalformed: true } && IsFailure(outcome);
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
