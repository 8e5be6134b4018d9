using System.Reflection;

namespace Gateway.Bench.Hosting;

/// <summary>
/// Where the build put the gateway and the emulators. The paths are stamped into this assembly at build time, so the
/// bench runs exactly the binaries its own build produced (Release under <c>dotnet run -c Release</c>).
/// </summary>
public sealed record BuiltOutputs(string RepositoryRoot, string GatewayDll, string EmulatorsDll, string Configuration)
{
    public static BuiltOutputs FromThisBuild()
    {
        var metadata = typeof(BuiltOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value ?? "");
        var outputs = new BuiltOutputs(metadata["RepositoryRoot"], metadata["GatewayDll"], metadata["EmulatorsDll"], metadata["BuildConfiguration"]);
        foreach (var dll in new[] { outputs.GatewayDll, outputs.EmulatorsDll })
        {
            if (!File.Exists(dll))
                throw new FileNotFoundException($"Built output missing: {dll}. Run through `dotnet run -c Release --project bench/Gateway.Bench`.");
        }

        return outputs;
    }

    public string ResultsDirectory => Path.Combine(RepositoryRoot, "bench", "results");
}
