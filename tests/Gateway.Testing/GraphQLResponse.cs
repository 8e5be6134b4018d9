using System.Net;
using System.Text.Json;

namespace Gateway.Testing;

/// <summary>A GraphQL response as a test reads it: status, the JSON root, and helpers for data and errors.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Root, string Body)
{
    public JsonElement Data => Root.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Root.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    /// <summary>The value at a dotted path below <c>data</c>, e.g. <c>people.nodes</c>.</summary>
    public JsonElement At(string path) =>
        path.Split('.').Aggregate(Data, (element, name) => int.TryParse(name, out var index) ? element[index] : element.GetProperty(name));

    public GraphQLResponse EnsureNoErrors() =>
        Errors.Count == 0 ? this : throw new InvalidOperationException($"Expected no errors, got: {Body}");
}
