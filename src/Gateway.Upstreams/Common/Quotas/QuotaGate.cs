using Gateway.Upstreams.Common.Http;

namespace Gateway.Upstreams.Common.Quotas;

/// <summary>
/// Outside the resilience pipeline: one quota place per logical call (its retries included), held until the answer is
/// read. A refused call is never sent; a read refused here is served from its snapshot when there is one.
/// </summary>
internal sealed class QuotaGate(UpstreamName upstream, UpstreamQuotas quotas) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = UpstreamCall.Of(request) ?? UpstreamCall.Write(upstream, "unknown");
        using var place = await quotas.EnterAsync(call, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
