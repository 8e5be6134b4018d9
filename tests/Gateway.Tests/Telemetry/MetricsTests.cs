using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Gateway.Testing;

namespace Gateway.Tests.Telemetry;

/// <summary>The Meter <c>Gateway</c> counts operations by name and records upstream calls and DataLoader batches.</summary>
public sealed class MetricsTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task NamedQuery_RequestUpstreamAndBatchMeasured()
    {
        var measured = new ConcurrentBag<(string Instrument, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Gateway")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, _, tags, _) => measured.Add((i.Name, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((i, _, tags, _) => measured.Add((i.Name, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<int>((i, _, tags, _) => measured.Add((i.Name, ToDictionary(tags))));
        listener.Start();

        (await gateway.QueryAsync("query MetricsProbe { people(first: 3) { nodes { email } } }")).EnsureNoErrors();

        var mine = measured.ToList();
        Assert.Contains(mine, m => m.Instrument == "gateway.graphql.requests" && (string?)m.Tags["operation"] == "MetricsProbe" && (string?)m.Tags["outcome"] == "ok");
        Assert.Contains(mine, m => m.Instrument == "gateway.graphql.duration" && (string?)m.Tags["operation"] == "MetricsProbe");
        Assert.Contains(mine, m => m.Instrument == "gateway.upstream.duration" && m.Tags.ContainsKey("upstream") && m.Tags.ContainsKey("operation"));
        Assert.Contains(mine, m => m.Instrument == "gateway.dataloader.batch.size");
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var tag in tags)
            result[tag.Key] = tag.Value;
        return result;
    }
}
