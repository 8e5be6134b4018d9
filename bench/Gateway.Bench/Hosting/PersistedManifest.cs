using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gateway.Bench.Hosting;

/// <summary>A temporary PersistedOperations:Directory holding one manifest (hash -> document) for the gateway under test.</summary>
public sealed class PersistedManifest : IDisposable
{
    private PersistedManifest(string directory) => Directory = directory;

    public string Directory { get; }

    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public static PersistedManifest Write(IEnumerable<string> documents)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("bench-persisted-").FullName;
        File.WriteAllText(Path.Combine(directory, "bench.json"), JsonSerializer.Serialize(documents.ToDictionary(Hash, d => d)));
        return new PersistedManifest(directory);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
