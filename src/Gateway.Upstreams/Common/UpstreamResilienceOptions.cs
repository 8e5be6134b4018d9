namespace Gateway.Upstreams.Common;

/// <summary>
/// The timeout, retry and circuit-breaker numbers shared by every upstream (section <c>Upstreams:Resilience</c>).
/// Reads and writes get different pipelines: see <see cref="Http.UpstreamPipelines"/>.
/// </summary>
public sealed class UpstreamResilienceOptions
{
    public const string SectionName = "Upstreams:Resilience";

    /// <summary>One read attempt, including reading the body.</summary>
    public TimeSpan ReadAttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A whole read, all attempts and back-off delays included.</summary>
    public TimeSpan ReadTotalTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries after the first read attempt (so at most this + 1 calls).</summary>
    public int ReadMaxRetries { get; set; } = 3;

    /// <summary>Base of the jittered exponential back-off between read attempts.</summary>
    public TimeSpan ReadRetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A 429's Retry-After up to this long is waited out; a longer one fails fast as RateLimited.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The single attempt of a write; writes are never retried.</summary>
    public TimeSpan WriteAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public double BreakerFailureRatio { get; set; } = 0.5;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
