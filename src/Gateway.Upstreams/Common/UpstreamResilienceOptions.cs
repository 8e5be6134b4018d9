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

    /// <summary>
    /// Stall detection: once a read operation has succeeded a few times, its attempt is cut after this many times its
    /// slowest recent success (see <see cref="Resilience.ReadStallDetector"/>), and not retried.
    /// </summary>
    public double ReadStallLatencyMultiplier { get; set; } = 4;

    /// <summary>The shortest attempt timeout stall detection may set, however fast the operation usually answers.</summary>
    public TimeSpan ReadStallTimeoutFloor { get; set; } = TimeSpan.FromSeconds(1);

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

    /// <summary>
    /// Share of failed attempts in the sampling window that opens the breaker. The breaker counts attempts, and reads are
    /// retried: at 0.8 an upstream failing half of its attempts stays in (about 94 % of its reads succeed within the
    /// retries), while one failing nearly always is cut off.
    /// </summary>
    public double BreakerFailureRatio { get; set; } = 0.8;

    /// <summary>Short, so that a long healthy history cannot outvote a sudden outage for long.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts the window must hold before the ratio counts; fewer would let a few unlucky reads open it.</summary>
    public int BreakerMinimumThroughput { get; set; } = 20;

    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
