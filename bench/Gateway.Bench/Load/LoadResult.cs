namespace Gateway.Bench.Load;

/// <summary>What one timed run measured: every request's latency in milliseconds, ascending.</summary>
public sealed record LoadResult(int Requests, int Errors, TimeSpan Elapsed, double[] SortedLatenciesMs)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double P99 => Percentile(0.99);

    public double Mean => SortedLatenciesMs.Length == 0 ? double.NaN : SortedLatenciesMs.Average();

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p)
    {
        if (SortedLatenciesMs.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p * SortedLatenciesMs.Length);
        return SortedLatenciesMs[Math.Clamp(rank - 1, 0, SortedLatenciesMs.Length - 1)];
    }
}
