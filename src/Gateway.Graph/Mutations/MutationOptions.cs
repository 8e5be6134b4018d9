using System.ComponentModel.DataAnnotations;

namespace Gateway.Graph.Mutations;

/// <summary>Limits of the mutations, bound to <c>Graph:Mutations</c>.</summary>
public sealed class MutationOptions
{
    public const string SectionName = "Graph:Mutations";

    /// <summary>The most emails one <c>addProjectMembers</c> call accepts; Zoho takes them as one comma-separated field.</summary>
    [Range(1, 1000)]
    public int MaxEmailsPerCall { get; set; } = 20;

    /// <summary>
    /// With <c>Cache:Redis</c>: how long a write target stays locked in Redis after the instance holding it died. A
    /// live holder extends it every third of this, however long its write takes. Keep it below the execution timeout
    /// (25 s), so that a write queued behind a dead instance still runs.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan WriteLockLease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// With <c>Cache:Redis</c>: how long a write waits for Redis to answer before it goes on under this instance's lock
    /// alone (Redis slow or down), and how long this instance then leaves Redis out of its writes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan WriteLockRedisTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
