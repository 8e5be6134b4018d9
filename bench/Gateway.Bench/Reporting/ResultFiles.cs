using System.Text.Json;

namespace Gateway.Bench.Reporting;

/// <summary>Writes <c>&lt;date&gt;-&lt;scenario&gt;.json</c> per scenario, one SVG chart and the markdown table.</summary>
public static class ResultFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IReadOnlyList<string> Write(BenchReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        // A quick run is a smoke test: its files must not replace the committed full-run results.
        var prefix = report.StartedUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (report.Settings.Quick ? "-quick" : "");
        var comparisons = report.Comparisons();
        var written = new List<string>();
        foreach (var scenario in report.Scenarios)
        {
            var path = Path.Combine(directory, $"{prefix}-{scenario.Name}.json");
            var content = new
            {
                scenario = scenario.Name,
                startedUtc = report.StartedUtc,
                mode = report.Settings.Quick ? "quick" : "full",
                machine = report.Machine,
                settings = new
                {
                    report.Settings.Concurrency,
                    warmupSeconds = report.Settings.Warmup.TotalSeconds,
                    durationSeconds = report.Settings.Duration.TotalSeconds,
                    report.Settings.LatenciesMs,
                },
                query = scenario.Query,
                variables = scenario.Variables,
                minimumCalls = scenario.MinimumCalls,
                minimumCallsWhy = scenario.MinimumCallsWhy,
                dependentRounds = scenario.DependentRounds,
                dependentRoundsWhy = scenario.DependentRoundsWhy,
                runs = report.Runs.Where(r => r.Scenario == scenario.Name),
                comparisons = comparisons.Where(c => c.Scenario == scenario.Name),
                criticalPathProbes = report.CriticalPathProbes.Where(p => p.Scenario == scenario.Name),
                gatewayPeakRssMbByPeople = report.GatewayPeakRssMb,
            };
            File.WriteAllText(path, JsonSerializer.Serialize(content, Json));
            written.Add(path);
        }

        var chart = Path.Combine(directory, $"{prefix}-chart.svg");
        File.WriteAllText(chart, SvgChart.Render(report));
        written.Add(chart);
        var table = Path.Combine(directory, $"{prefix}-table.md");
        File.WriteAllText(table, MarkdownTable.Render(report));
        written.Add(table);
        return written;
    }
}
