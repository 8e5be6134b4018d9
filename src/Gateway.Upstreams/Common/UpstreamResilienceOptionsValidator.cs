using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.Common;

/// <summary>Checks the numbers Polly would otherwise reject on first use, naming the configuration key.</summary>
internal sealed class UpstreamResilienceOptionsValidator : IValidateOptions<UpstreamResilienceOptions>
{
    private const string Prefix = UpstreamResilienceOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, UpstreamResilienceOptions options)
    {
        var failures = new List<string>();
        AtLeast(failures, nameof(options.ReadAttemptTimeout), options.ReadAttemptTimeout, TimeSpan.FromMilliseconds(10));
        AtLeast(failures, nameof(options.ReadTotalTimeout), options.ReadTotalTimeout, TimeSpan.FromMilliseconds(10));
        AtLeast(failures, nameof(options.WriteAttemptTimeout), options.WriteAttemptTimeout, TimeSpan.FromMilliseconds(10));
        AtLeast(failures, nameof(options.BreakerSamplingDuration), options.BreakerSamplingDuration, TimeSpan.FromMilliseconds(500));
        AtLeast(failures, nameof(options.BreakerBreakDuration), options.BreakerBreakDuration, TimeSpan.FromMilliseconds(500));
        AtLeast(failures, nameof(options.ReadStallTimeoutFloor), options.ReadStallTimeoutFloor, TimeSpan.FromMilliseconds(10));
        if (options.ReadStallLatencyMultiplier < 1)
        {
            failures.Add($"{Prefix}{nameof(options.ReadStallLatencyMultiplier)} must be at least 1");
        }

        if (options.ReadRetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{nameof(options.ReadRetryBaseDelay)} must not be negative");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{nameof(options.MaxRetryAfter)} must not be negative");
        }

        if (options.ReadMaxRetries is < 0 or > 10)
        {
            failures.Add($"{Prefix}{nameof(options.ReadMaxRetries)} must be between 0 and 10");
        }

        if (options.BreakerFailureRatio is <= 0 or > 1)
        {
            failures.Add($"{Prefix}{nameof(options.BreakerFailureRatio)} must be greater than 0 and at most 1");
        }

        if (options.BreakerMinimumThroughput < 2)
        {
            failures.Add($"{Prefix}{nameof(options.BreakerMinimumThroughput)} must be at least 2");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AtLeast(List<string> failures, string key, TimeSpan value, TimeSpan minimum)
    {
        if (value < minimum)
        {
            failures.Add($"{Prefix}{key} must be at least {minimum.TotalMilliseconds} ms");
        }
    }
}
