namespace Gateway.Upstreams.Common.Resilience;

/// <summary>
/// Where the gateway remembers that an upstream asked it (HTTP 429 with <c>Retry-After</c>) not to call before a given
/// time. Until then no call goes to that upstream: real services punish callers that keep knocking with longer bans.
/// <see cref="InMemoryRetryAfterWindows"/> holds the windows per instance; <see cref="RedisRetryAfterWindows"/> (when
/// <c>Cache:Redis</c> is set) shares them, so that one instance's 429 silences them all.
/// </summary>
public interface IRetryAfterWindows
{
    /// <summary>When the window of <paramref name="upstream"/> ends; null or a past time when calls may go.</summary>
    ValueTask<DateTimeOffset?> EndOfWindowAsync(UpstreamName upstream, CancellationToken ct);

    /// <summary>Makes the window last at least until <paramref name="end"/>; a later end already known is kept.</summary>
    ValueTask ExtendAsync(UpstreamName upstream, DateTimeOffset end, CancellationToken ct);

    /// <summary>Ends the window now, e.g. when an operator knows the upstream lifted its limit.</summary>
    ValueTask ForgetAsync(UpstreamName upstream, CancellationToken ct);
}
