using System.Text.Json;

namespace Gateway.Client;

/// <summary>One GraphQL request: the document, the operation to run and a writer for its variables.</summary>
/// <param name="Name">The operation name sent as <c>operationName</c>.</param>
/// <param name="Document">The operation and the fragments it uses.</param>
/// <param name="WriteVariables">Writes the members of the <c>variables</c> object; null when there are none.</param>
public sealed record OperationRequest(string Name, string Document, Action<Utf8JsonWriter>? WriteVariables);
