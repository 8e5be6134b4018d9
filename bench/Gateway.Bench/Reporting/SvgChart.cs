using System.Globalization;
using System.Security;
using System.Text;

namespace Gateway.Bench.Reporting;

/// <summary>
/// One hand-drawn SVG: per scenario, data size and upstream latency, the gateway's and the baseline's latency
/// (p50 bar, p95 and p99 ticks, log scale) and throughput (linear).
/// </summary>
public static class SvgChart
{
    private const int LabelWidth = 250;
    private const int LatencyWidth = 430;
    private const int Gap = 50;
    private const int ThroughputWidth = 260;
    private const int Top = 70;
    private const int RowHeight = 36;
    private const int BarHeight = 13;
    private const string GatewayColor = "#2f6db5";
    private const string BaselineColor = "#9aa5b1";

    public static string Render(BenchReport report)
    {
        var rows = report.Comparisons();
        var runs = report.Runs;
        RunRecord Run(Comparison c, string target) => runs.First(r => r.Target == target && r.Scenario == c.Scenario && r.People == c.People && r.UpstreamLatencyMs == c.UpstreamLatencyMs);

        var maxLatency = Math.Max(10, runs.Max(r => r.P99Ms));
        var logMin = Math.Log10(0.5);
        var logMax = Math.Log10(maxLatency * 1.3);
        double X(double ms) => LabelWidth + LatencyWidth * (Math.Log10(Math.Max(ms, 0.5)) - logMin) / (logMax - logMin);
        var maxRps = Math.Max(1, runs.Max(r => r.RequestsPerSecond));
        var rpsLeft = LabelWidth + LatencyWidth + Gap;
        double W(double rps) => ThroughputWidth * rps / (maxRps * 1.1);

        var height = Top + rows.Count * RowHeight + 40;
        var width = rpsLeft + ThroughputWidth + 20;
        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="white"/>""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="10" y="20" font-size="14" font-weight="bold">People Graph Gateway vs direct upstream calls — concurrency {report.Settings.Concurrency}, {Esc(report.Machine.CpuModel)}, {report.Machine.LogicalCores} cores</text>""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect x="10" y="32" width="12" height="10" fill="{GatewayColor}"/><text x="26" y="41">gateway</text><rect x="90" y="32" width="12" height="10" fill="{BaselineColor}"/><text x="106" y="41">baseline (direct HttpClient)</text><text x="280" y="41">bar = p50, ticks = p95 and p99</text>""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth}" y="{Top - 8}" font-weight="bold">latency, ms (log scale)</text><text x="{rpsLeft}" y="{Top - 8}" font-weight="bold">requests per second</text>""");

        foreach (var tick in new[] { 1.0, 10, 100, 1000, 10000 }.Where(t => Math.Log10(t) <= logMax))
        {
            var x = X(tick);
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<line x1="{x:F1}" y1="{Top}" x2="{x:F1}" y2="{height - 35}" stroke="#e3e3e3"/><text x="{x:F1}" y="{height - 22}" text-anchor="middle">{tick:0}</text>""");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var c = rows[i];
            var y = Top + i * RowHeight;
            if (i % 2 == 0) svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect x="0" y="{y - 3}" width="{width}" height="{RowHeight}" fill="#f7f7f7"/>""");
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="10" y="{y + 18}">{Esc(c.Scenario)} · {c.People:N0} people · {c.UpstreamLatencyMs} ms</text>""");
            var bars = new[] { (Run: Run(c, ScenarioRunner.GatewayTarget), Color: GatewayColor), (Run: Run(c, ScenarioRunner.BaselineTarget), Color: BaselineColor) };
            for (var b = 0; b < bars.Length; b++)
            {
                var (run, color) = bars[b];
                var by = y + b * (BarHeight + 2);
                svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect x="{LabelWidth}" y="{by}" width="{X(run.P50Ms) - LabelWidth:F1}" height="{BarHeight}" fill="{color}"><title>{run.Target}: p50 {run.P50Ms:F2} ms, p95 {run.P95Ms:F2} ms, p99 {run.P99Ms:F2} ms</title></rect>""");
                foreach (var p in new[] { run.P95Ms, run.P99Ms })
                    svg.AppendLine(CultureInfo.InvariantCulture, $"""<line x1="{X(p):F1}" y1="{by}" x2="{X(p):F1}" y2="{by + BarHeight}" stroke="{color}" stroke-width="2"/>""");
                svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="{X(run.P99Ms) + 4:F1}" y="{by + 10}" fill="#555">{run.P50Ms:F1}</text>""");
                svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect x="{rpsLeft}" y="{by}" width="{W(run.RequestsPerSecond):F1}" height="{BarHeight}" fill="{color}"/><text x="{rpsLeft + W(run.RequestsPerSecond) + 4:F1}" y="{by + 10}" fill="#555">{run.RequestsPerSecond:F0}</text>""");
            }
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string Esc(string text) => SecurityElement.Escape(text);
}
