using System.Text.Json;

namespace Gateway.Client;

/// <summary>A GraphQL error from the response, or a transport failure turned into one.</summary>
public interface IClientError
{
    /// <summary>The error message.</summary>
    string Message { get; }

    /// <summary><c>extensions.code</c>, e.g. <c>UPSTREAM_UNAVAILABLE</c>; null when the server sent none.</summary>
    string? Code { get; }

    /// <summary>The response path of the failed field: names and list indexes.</summary>
    IReadOnlyList<object>? Path { get; }

    /// <summary>All of <c>extensions</c>, for the keys beyond <c>code</c>.</summary>
    IReadOnlyDictionary<string, JsonElement>? Extensions { get; }

    /// <summary>The exception behind a transport or parse failure.</summary>
    Exception? Exception { get; }
}
