using System.Text.Json;

namespace Gateway.PersistedOperations;

/// <summary>
/// Reads the manifests in <see cref="PersistedOperationsOptions.Directory"/>: JSON objects mapping the SHA-256 of a
/// document to its text (the Relay / Hot Chocolate / graphql-codegen shape). A manifest whose hash does not match its
/// text stops the start: serving it would run a different operation than the client asked for.
/// </summary>
public static class PersistedOperationManifests
{
    public static IReadOnlyDictionary<string, PersistedOperation> Load(string? directory)
    {
        var operations = new Dictionary<string, PersistedOperation>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(directory))
            return operations;
        if (!System.IO.Directory.Exists(directory))
            throw new InvalidOperationException($"PersistedOperations:Directory '{directory}' does not exist.");
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var (id, text) in Read(file))
            {
                if (!OperationHash.TryNormalize(id.StartsWith(OperationHash.DocumentIdPrefix, StringComparison.Ordinal) ? id[OperationHash.DocumentIdPrefix.Length..] : id, out var hash))
                    throw new InvalidOperationException($"Persisted operation manifest '{file}': '{id}' is not a SHA-256 hash (64 hex digits).");
                if (OperationHash.Of(text) != hash)
                    throw new InvalidOperationException($"Persisted operation manifest '{file}': the text of '{id}' does not hash to it; regenerate the manifest.");
                operations[hash] = new PersistedOperation(hash, text, trusted: true);
            }
        }
        return operations;
    }

    private static Dictionary<string, string> Read(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))
                ?? throw new InvalidOperationException($"Persisted operation manifest '{file}' is null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"Persisted operation manifest '{file}' is not a JSON object of hash to document text: {exception.Message}");
        }
    }
}
