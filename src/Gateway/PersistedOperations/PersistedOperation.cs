using GraphQLParser.AST;

namespace Gateway.PersistedOperations;

/// <summary>
/// A document known by the SHA-256 of its UTF-8 text. <see cref="Trusted"/> ones come from a manifest; the others were
/// registered by a client with the automatic persisted query protocol.
/// </summary>
public sealed class PersistedOperation(string hash, string text, bool trusted)
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Text"/>.</summary>
    public string Hash { get; } = hash;

    public string Text { get; } = text;

    public bool Trusted { get; } = trusted;

    /// <summary>
    /// The parsed document, set after its first execution passed validation; later requests skip parsing and the
    /// variable-independent validation rules. Written once; a race only parses twice.
    /// </summary>
    public GraphQLDocument? ValidatedDocument { get; set; }
}
