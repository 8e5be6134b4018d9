using System.Text.Json;

namespace Gateway.Client;

/// <summary>The client's <see cref="IClientError"/>.</summary>
public sealed record ClientError(
    string Message,
    string? Code = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, JsonElement>? Extensions = null,
    Exception? Exception = null) : IClientError
{
    /// <summary>Reads one entry of a response's <c>errors</c> list.</summary>
    public static ClientError Parse(JsonElement error)
    {
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "Unknown error.";
        List<object>? path = null;
        if (error.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array)
        {
            path = [];
            foreach (var segment in p.EnumerateArray())
                path.Add(segment.ValueKind == JsonValueKind.Number ? segment.GetInt32() : segment.GetString() ?? "");
        }

        Dictionary<string, JsonElement>? extensions = null;
        string? code = null;
        if (error.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object)
        {
            extensions = e.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.Clone(), StringComparer.Ordinal);
            if (e.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String) code = c.GetString();
        }

        return new ClientError(message, code, path, extensions);
    }
}
