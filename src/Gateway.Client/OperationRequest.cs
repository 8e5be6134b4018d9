using System.Text.Json;

namespace Gateway.Client;

/// <summary>One GraphQL request: the document, the operation to run and a writer for its variables.</summary>
/// <param name="Name">The operation name sent as <c>operationName</c>.</param>
/// <param name="Document">The operation and the fragments it uses.</param>
/// <param name="WriteVariables">Writes the members of the <c>variables</c> object; null when there are none.</param>
/// <param name="Hash">Lower-case hex SHA-256 of <paramref name="Document"/>, its id in the generated manifest.</param>
/// <param name="Strategy">Whether the text, the id or the automatic persisted query protocol is sent.</param>
public sealed record OperationRequest(
    string Name, string Document, Action<Utf8JsonWriter>? WriteVariables, string? Hash = null, RequestStrategy Strategy = RequestStrategy.Default);
