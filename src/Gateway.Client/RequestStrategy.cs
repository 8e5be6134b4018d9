namespace Gateway.Client;

/// <summary>How an operation is sent; chosen with <c>requestStrategy</c> in <c>.graphqlrc.json</c> (Strawberry Shake's names).</summary>
public enum RequestStrategy
{
    /// <summary>The document text with every request.</summary>
    Default,

    /// <summary>
    /// Only <c>documentId: "sha256:&lt;hash&gt;"</c>; the gateway must have the manifest the generator wrote
    /// (trusted documents, for gateways with <c>PersistedOperations:OnlyAllow</c>).
    /// </summary>
    PersistedQuery,

    /// <summary>
    /// Automatic persisted queries: the hash first, and the text only when the gateway answers
    /// <c>PERSISTED_QUERY_NOT_FOUND</c>; after that the gateway knows it.
    /// </summary>
    AutomaticPersistedQuery,
}
