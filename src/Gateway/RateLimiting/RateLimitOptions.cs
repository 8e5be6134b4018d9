using System.ComponentModel.DataAnnotations;

namespace Gateway.RateLimiting;

/// <summary>Per-client request limits on the GraphQL endpoint, bound from <c>RateLimiting</c>.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client may make per <see cref="Window"/>; a batch counts once.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 600;

    /// <summary>The fixed window the limit applies to.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
