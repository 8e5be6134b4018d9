using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// One span per upstream call (retries included) and call metrics by upstream and operation, under the
/// gateway's shared ActivitySource and Meter name. Tags never carry the URL: Worksection's query holds its hash.
/// </summary>
public static class UpstreamTelemetry
{
    /// <summary>The ActivitySource and Meter name shared by the gateway's own instrumentation.</summary>
    public const string Name = "Gateway";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("gateway.upstream.duration", "ms", "Duration of upstream calls, retries included.");

    internal static readonly Counter<long> Errors =
        Meter.CreateCounter<long>("gateway.upstream.errors", "{call}", "Upstream calls that failed or answered with an error status.");
}
