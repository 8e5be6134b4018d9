using System.Runtime.InteropServices;

namespace Gateway.Bench.Reporting;

/// <summary>Where the figures were measured; they mean little without it.</summary>
public sealed record MachineInfo(string CpuModel, int LogicalCores, double MemoryGiB, string Os, string Runtime)
{
    public static MachineInfo Current()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024;
        return new MachineInfo(model ?? RuntimeInformation.ProcessArchitecture.ToString(), Environment.ProcessorCount,
            Math.Round(memory, 1), RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
    }
}
