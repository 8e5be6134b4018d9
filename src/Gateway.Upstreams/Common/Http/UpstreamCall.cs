namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// What one client method is doing, attached to its request so the handlers can pick the read or write
/// pipeline and log the contract operation instead of the URL (which may carry Worksection's hash).
/// </summary>
internal sealed record UpstreamCall(UpstreamName Upstream, string Operation, bool IsWrite)
{
    public static readonly HttpRequestOptionsKey<UpstreamCall> OptionsKey = new("Gateway.Upstreams.Call");

    public static UpstreamCall Read(UpstreamName upstream, string operation) => new(upstream, operation, false);

    public static UpstreamCall Write(UpstreamName upstream, string operation) => new(upstream, operation, true);

    public static UpstreamCall? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionsKey, out var call) ? call : null;
}
