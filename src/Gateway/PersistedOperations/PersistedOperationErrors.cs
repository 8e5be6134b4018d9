using GraphQL;

namespace Gateway.PersistedOperations;

/// <summary>
/// Refusals of a persisted-operation request. They are answered like validation errors (400 with
/// <c>application/graphql-response+json</c>, 200 with <c>application/json</c>) and nothing is executed.
/// </summary>
public sealed class PersistedOperationError : ExecutionError
{
    private PersistedOperationError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Automatic persisted queries: the hash is unknown; the client resends it with the text.</summary>
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";

    public const string DocumentNotFoundCode = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string RequiredCode = "PERSISTED_OPERATION_REQUIRED";
    public const string InvalidCode = "PERSISTED_QUERY_INVALID";

    // The message is the one Apollo clients look for before resending with the text.
    public static PersistedOperationError NotFound() => new(NotFoundCode, "PersistedQueryNotFound");

    public static PersistedOperationError DocumentNotFound(string id) => new(DocumentNotFoundCode,
        $"No persisted operation has the id '{id}'. Deploy the manifest that holds it to the gateway's PersistedOperations:Directory, or send the document text.");

    public static PersistedOperationError HashMismatch() => new(HashMismatchCode,
        "The query's SHA-256 does not match extensions.persistedQuery.sha256Hash; hash the exact UTF-8 text you send.");

    public static PersistedOperationError Required() => new(RequiredCode,
        "This gateway only runs operations from its persisted operation manifests (PersistedOperations:OnlyAllow). " +
        "Send the operation's documentId (sha256:<hash>) from the manifest your client generator wrote, and deploy that manifest to the gateway.");

    public static PersistedOperationError Invalid(string message) => new(InvalidCode, message);
}
