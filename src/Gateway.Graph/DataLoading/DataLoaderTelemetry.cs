using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Graph.DataLoading;

/// <summary>
/// The DataLoader's share of the gateway's telemetry: one span per batch sent upstream and a histogram of
/// batch sizes. Both use the name <see cref="Name"/>, which the host subscribes to.
/// </summary>
public static class DataLoaderTelemetry
{
    /// <summary>The ActivitySource and Meter name shared by the gateway's own instrumentation.</summary>
    public const string Name = "Gateway";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Histogram<int> BatchSize =
        Meter.CreateHistogram<int>("gateway.dataloader.batch.size", "{key}", "Keys sent in one DataLoader batch.");

    internal static Activity? StartBatch(string loader, int keys)
    {
        BatchSize.Record(keys, new KeyValuePair<string, object?>("dataloader", loader));
        var activity = Source.StartActivity($"dataloader.batch {loader}");
        activity?.SetTag("dataloader.name", loader);
        activity?.SetTag("dataloader.keys", keys);
        return activity;
    }
}
