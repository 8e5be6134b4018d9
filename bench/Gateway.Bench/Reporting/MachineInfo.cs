using System.Runtime.InteropServices;

namespace Gateway.Bench.Reporting;

/// <summary>Where the figures were measured; they mean little without it.</summary>
/// <param name="LoadAverageAtStart">The 1-minute load average when the run began: other work on the machine inflates latencies.</param>
public sealed record MachineInfo(string CpuModel, int LogicalCores, double MemoryGiB, string Os, string Runtime, string LoadAverageAtStart)
{
    /// <summary>The 1, 5 and 15-minute load averages now (Linux), for the record of how busy the machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static MachineInfo Current()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024;
        return new MachineInfo(model ?? RuntimeInformation.ProcessArchitecture.ToString(), Environment.ProcessorCount,
            Math.Round(memory, 1), RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, LoadAverage());
    }
}
