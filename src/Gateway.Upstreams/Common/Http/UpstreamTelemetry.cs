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

    private const string AttemptsTag = "upstream.attempts";

    /// <summary>Counts one attempt on the enclosing upstream span; the resilience pipeline may make several.</summary>
    internal static void CountAttempt()
    {
        if (Activity.Current is { } span && span.Source == Source)
            span.SetTag(AttemptsTag, Attempts(span) + 1);
    }

    /// <summary>Tags the span with the retries its call needed.</summary>
    internal static void TagRetries(Activity? span) => span?.SetTag("upstream.retries", Math.Max(Attempts(span) - 1, 0));

    private static int Attempts(Activity span) => span.GetTagItem(AttemptsTag) as int? ?? 0;

    internal static readonly Counter<long> Errors =
        Meter.CreateCounter<long>("gateway.upstream.errors", "{call}", "Upstream calls that failed or answered with an error status.");
}
