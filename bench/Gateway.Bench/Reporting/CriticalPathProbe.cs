namespace Gateway.Bench.Reporting;

/// <summary>One-at-a-time latency at a high upstream latency, against the dependent round-trips the screen needs.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Target"><c>gateway</c> or <c>baseline</c>.</param>
/// <param name="UpstreamLatencyMs">Latency the emulators added to every call.</param>
/// <param name="P50Ms">Median of the probe's requests.</param>
/// <param name="DependentRounds">The fewest round-trips that must happen one after another.</param>
/// <param name="Ratio">p50 / (latency × dependent rounds); 1 is the floor.</param>
/// <param name="RoundTripsMeasured">p50 / latency: about how many round-trips the target made one after another.</param>
public sealed record CriticalPathProbe(
    string Scenario, string Target, int UpstreamLatencyMs, double P50Ms, int DependentRounds, double Ratio, double RoundTripsMeasured);
