using System.IO;

namespace Gateway.Client.Generator;

/// <summary>
/// Writes the persisted operation manifest where the build asks (<c>GraphQLPersistedOperationsManifest</c>, beside the
/// generated code in obj/). A source generator can only add C# to the compilation, and the manifest is for the
/// gateway, not the compiler, so this is the one file the generator writes itself; it is rewritten only when its
/// content changes, so repeated runs in an IDE leave it alone.
/// </summary>
internal static class PersistedManifestFile
{
#pragma warning disable RS1035 // File IO: the manifest is an output for the gateway's deployment, not a compilation input.
    public static void Write(string path, string manifest)
    {
        try
        {
            if (File.Exists(path) && File.ReadAllText(path) == manifest) return;
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.WriteAllText(path, manifest);
        }
        catch (IOException)
        {
            // Another build writing the same content at once; the next run writes it again.
        }
    }
#pragma warning restore RS1035
}
