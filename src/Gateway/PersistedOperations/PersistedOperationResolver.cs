using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace Gateway.PersistedOperations;

/// <summary>
/// Turns a request that names a persisted operation into one that carries its text, before anything is parsed or
/// executed, and enforces <see cref="PersistedOperationsOptions.OnlyAllow"/>. Three ways of naming one:
/// <c>documentId: "sha256:&lt;hex&gt;"</c> (GraphQL over HTTP persisted documents), <c>id: "&lt;hex&gt;"</c> (Relay, Hot Chocolate)
/// and <c>extensions.persistedQuery { version: 1, sha256Hash }</c> (automatic persisted queries, which may also carry
/// the text to register it).
/// </summary>
public sealed class PersistedOperationResolver(
    IPersistedOperationStore store, IOptions<PersistedOperationsOptions> options, IHostEnvironment environment)
{
    private const string PersistedQueryExtension = "persistedQuery";

    public async ValueTask<ResolvedOperation> ResolveAsync(GraphQLRequest request, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var settings = options.Value;
        var automatic = request.Extensions is not null && request.Extensions.TryGetValue(PersistedQueryExtension, out var extension) ? extension : null;

        if (request.DocumentId is { } documentId)
        {
            if (request.Query is not null || automatic is not null)
                return Refuse(PersistedOperationError.Invalid("Send either 'documentId' (or 'id') or 'query', not both."));
            var hash = ParseDocumentId(documentId);
            if (hash is null)
                return Refuse(PersistedOperationError.Invalid($"'{documentId}' is not a document id; use 'sha256:' followed by the 64 hex digits of the document's SHA-256."));
            var operation = await store.FindAsync(hash, cancellationToken);
            if (operation is null || (settings.OnlyAllow && !operation.Trusted))
                return Refuse(PersistedOperationError.DocumentNotFound(documentId));
            return Found(request, operation);
        }

        if (automatic is not null)
        {
            if (!TryReadAutomatic(automatic, out var hash, out var problem))
                return Refuse(PersistedOperationError.Invalid(problem));
            var operation = await store.FindAsync(hash, cancellationToken);
            if (operation is not null && (operation.Trusted || !settings.OnlyAllow))
            {
                // A hash with the same text again (a client that always sends both) is fine; another text is not.
                if (request.Query is not null && request.Query != operation.Text)
                    return Refuse(PersistedOperationError.HashMismatch());
                return Found(request, operation);
            }
            if (request.Query is null)
                return Refuse(settings.OnlyAllow ? PersistedOperationError.Required() : PersistedOperationError.NotFound());
            if (OperationHash.Of(request.Query) != hash)
                return Refuse(PersistedOperationError.HashMismatch());
            if (settings.OnlyAllow || !settings.AllowAutomatic)
                return settings.OnlyAllow && !IsDevelopmentPlayground(context) ? Refuse(PersistedOperationError.Required()) : new ResolvedOperation(request, null, null);
            var registered = new PersistedOperation(hash, request.Query, trusted: false);
            await store.AddAutomaticAsync(registered, cancellationToken);
            return Found(request, registered);
        }

        if (settings.OnlyAllow && request.Query is not null && !IsDevelopmentPlayground(context))
        {
            // Text of a manifest operation is as trusted as its id.
            var operation = await store.FindAsync(OperationHash.Of(request.Query), cancellationToken);
            return operation is { Trusted: true } ? Found(request, operation) : Refuse(PersistedOperationError.Required());
        }
        return new ResolvedOperation(request, null, null);
    }

    private static ResolvedOperation Found(GraphQLRequest request, PersistedOperation operation)
    {
        var resolved = new GraphQLRequest
        {
            Query = operation.Text,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            DocumentId = OperationHash.DocumentIdPrefix + operation.Hash,
        };
        return new ResolvedOperation(resolved, operation, null);
    }

    private static ResolvedOperation Refuse(PersistedOperationError error)
        => new(null, null, new ExecutionResult { Errors = [error] });

    private static string? ParseDocumentId(string documentId)
    {
        // "sha256:<hex>" per the persisted documents proposal; the bare hash is the Relay / Hot Chocolate "id".
        var payload = documentId.StartsWith(OperationHash.DocumentIdPrefix, StringComparison.Ordinal)
            ? documentId[OperationHash.DocumentIdPrefix.Length..]
            : documentId;
        return OperationHash.TryNormalize(payload, out var hash) ? hash : null;
    }

    private static bool TryReadAutomatic(object? extension, out string hash, out string problem)
    {
        hash = "";
        problem = "extensions.persistedQuery must be an object with version 1 and sha256Hash, the 64 hex digits of the query's SHA-256.";
        if (extension is not IDictionary<string, object?> fields)
            return false;
        var version = fields.TryGetValue("version", out var v) ? v : null;
        if (version is not (1 or 1L or 1.0 or 1m))
        {
            problem = "Only version 1 of extensions.persistedQuery is supported.";
            return false;
        }
        return OperationHash.TryNormalize(fields.TryGetValue("sha256Hash", out var h) ? h as string : null, out hash);
    }

    /// <summary>
    /// In Development the playground this gateway serves (at the endpoint's own path) may send text under OnlyAllow.
    /// The Referer can be forged, so this is a convenience for developers, never applied outside Development.
    /// </summary>
    private bool IsDevelopmentPlayground(HttpContext context)
    {
        if (!environment.IsDevelopment())
            return false;
        var referer = context.Request.GetTypedHeaders().Referer;
        return referer is not null
            && string.Equals(referer.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && new PathString(referer.AbsolutePath).StartsWithSegments(context.Request.PathBase + context.Request.Path);
    }
}

/// <summary>
/// What the resolver made of a request: the request to execute (with the persisted text when it named one), the
/// persisted operation, or the refusal to answer instead.
/// </summary>
public sealed record ResolvedOperation(GraphQLRequest? Request, PersistedOperation? Persisted, ExecutionResult? Refusal);
