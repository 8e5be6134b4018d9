using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Telemetry;

/// <summary>
/// The gateway's ActivitySource and Meter, both named <see cref="Name"/>; the DataLoader and upstream
/// clients publish under the same name from their own assemblies.
/// </summary>
public static class GatewayTelemetry
{
    public const string Name = "Gateway";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Requests =
        Meter.CreateCounter<long>("gateway.graphql.requests", "{operation}", "GraphQL operations executed.");

    internal static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("gateway.graphql.duration", "ms", "Duration of GraphQL operations.");
}
