using Gateway.Upstreams.Common.Http;

namespace Gateway.Upstreams.Common.Resilience;

/// <summary>
/// Outside the resilience pipeline: while <see cref="IRetryAfterWindows"/> holds a window for the upstream, every call
/// (read or write) fails at once as RateLimited with the time left, and nothing is sent.
/// </summary>
internal sealed class RetryAfterGate(UpstreamName upstream, IRetryAfterWindows windows, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (await windows.EndOfWindowAsync(upstream, cancellationToken) is { } end && end - time.GetUtcNow() is var left && left > TimeSpan.Zero)
        {
            var call = UpstreamCall.Of(request) ?? UpstreamCall.Write(upstream, "unknown");
            throw UpstreamErrors.RateLimited(call, left);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// Inside the resilience pipeline, so that it sees every attempt: a 429 with <c>Retry-After</c> opens (or extends) the
/// upstream's window. A short wait is still taken by the read's own retry; requests arriving meanwhile are held by the gate.
/// </summary>
internal sealed class RetryAfterRecorder(UpstreamName upstream, IRetryAfterWindows windows, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (UpstreamPipelines.RetryAfterOf(response) is { } wait && wait > TimeSpan.Zero)
        {
            await windows.ExtendAsync(upstream, time.GetUtcNow() + wait, cancellationToken);
        }

        return response;
    }
}
