using System.Diagnostics;
using System.Net.Http.Json;
using Gateway.Emulators.Faults;
using Gateway.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Gateway.Tests.Telemetry;

/// <summary>A trace shows the operation, the DataLoader batches under it and the upstream calls under those.</summary>
public sealed class TracingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => gateway.Control.ResetAsync();

    [Fact]
    public async Task NamedQuery_OperationThenBatchThenUpstreamSpans()
    {
        var spans = await TraceAsync("query TracedPeople { people(first: 5) { nodes { email } } }");

        var operation = Assert.Single(spans, s => s.DisplayName == "graphql.operation TracedPeople");
        // The exporter sees every span of the process, and other test classes run alongside: keep this trace's.
        var finished = spans.Where(s => s.TraceId == operation.TraceId).ToList();
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        // A directory's batch may run the batches of the lists it is built from: operation → batch → batch → upstream.
        var batches = finished.Where(s => s.DisplayName.StartsWith("dataloader.batch ", StringComparison.Ordinal)).ToList();
        Assert.Contains(batches, b => b.ParentSpanId == operation.SpanId);
        Assert.All(batches, b => Assert.True(b.ParentSpanId == operation.SpanId || batches.Any(p => p.SpanId == b.ParentSpanId)));
        Assert.All(batches, b => Assert.Equal(1, b.GetTagItem("dataloader.keys")));
        var upstreamCalls = finished.Where(s => s.DisplayName.StartsWith("upstream ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(upstreamCalls);
        Assert.All(upstreamCalls, call => Assert.Contains(batches, b => b.SpanId == call.ParentSpanId));
        Assert.Contains(upstreamCalls, c => (string?)c.GetTagItem("upstream.name") == "worksection");
        Assert.All(upstreamCalls, c => Assert.NotNull(c.GetTagItem("upstream.retries")));
    }

    [Fact]
    public async Task UpstreamFailingOnce_SpanCountsTheRetry()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { FailFirst = 1, ErrorStatus = 503 });

        var finished = await TraceAsync("query GetPeople { people(first: 5) { nodes { email } } }");

        Assert.Contains(finished, s => (string?)s.GetTagItem("upstream.name") == "worksection" && (int?)s.GetTagItem("upstream.retries") == 1);
    }

    private async Task<List<Activity>> TraceAsync(string query)
    {
        var spans = new List<Activity>();
        await using var traced = gateway.Factory.WithWebHostBuilder(web =>
            web.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        using var client = traced.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        response.EnsureSuccessStatusCode();
        lock (spans)
            return spans.ToList();
    }
}
