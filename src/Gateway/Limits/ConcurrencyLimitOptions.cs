using System.ComponentModel.DataAnnotations;

namespace Gateway.Limits;

/// <summary>
/// Load shedding of the GraphQL endpoint (section <c>GraphQL:Concurrency</c>): at most
/// <see cref="MaxConcurrentRequests"/> GraphQL requests run at once, <see cref="QueueLimit"/> more wait in arrival
/// order, and the rest are answered 503 with <c>Retry-After</c> at once. Health endpoints are never limited.
/// Read once at start.
/// </summary>
public sealed class ConcurrencyLimitOptions
{
    public const string SectionName = "GraphQL:Concurrency";

    /// <summary>GraphQL requests (a batch counts as one) running at once; Hot Chocolate's default is also 64.</summary>
    [Range(1, 100_000)]
    public int MaxConcurrentRequests { get; set; } = 64;

    /// <summary>Requests waiting for a slot; beyond them requests are refused without waiting.</summary>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; } = 64;

    /// <summary>The <c>Retry-After</c> of a refused request, in whole seconds.</summary>
    [Range(1, 3_600)]
    public int RetryAfterSeconds { get; set; } = 1;
}
