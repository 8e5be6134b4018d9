using System.Globalization;
using System.Text;

namespace Gateway.Bench.Hostile;

/// <summary>The hostile mix as a Markdown table, each legitimate run against the healthy run of the same invocation.</summary>
public static class HostileReport
{
    public static string Render(IReadOnlyList<HostileRun> runs)
    {
        var healthy = runs.FirstOrDefault(r => r.Name == "healthy");
        var text = new StringBuilder();
        text.AppendLine("| run | connections | req/s | vs healthy | p50 ms | p99 ms | failed | of which 503 | slowest /health/live ms | peak RSS MB | RSS after MB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var ratio = healthy is null || run.Connections != healthy.Connections ? "" : (run.RequestsPerSecond / healthy.RequestsPerSecond).ToString("P0", CultureInfo.InvariantCulture);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Name} | {run.Connections} | {run.RequestsPerSecond:F1} | {ratio} | {run.P50Ms:F1} | {run.P99Ms:F1} | {run.Failed}/{run.Requests} | {run.Refused503} | {run.SlowestHealthProbeMs?.ToString("F0", CultureInfo.InvariantCulture)} | {run.GatewayPeakRssMb:F0} | {run.GatewayRssAfterMb?.ToString("F0", CultureInfo.InvariantCulture)} |");
        }

        return text.ToString();
    }
}
