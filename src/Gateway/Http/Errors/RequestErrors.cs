using Microsoft.AspNetCore.Http;

namespace Gateway.Http.Errors;

/// <summary>The body is not JSON, or not a GraphQL request object (or array of them).</summary>
public sealed class JsonInvalidError(string message)
    : GraphQLRequestError(message, "JSON_INVALID", StatusCodes.Status400BadRequest);

/// <summary>The request has no <c>query</c> string.</summary>
public sealed class QueryMissingError()
    : GraphQLRequestError("The request has no GraphQL query, and names no persisted operation (documentId, id or extensions.persistedQuery).", "QUERY_MISSING", StatusCodes.Status400BadRequest);

/// <summary><c>variables</c> is neither a JSON object nor null.</summary>
public sealed class VariablesInvalidError()
    : GraphQLRequestError("'variables' must be a JSON object.", "VARIABLES_INVALID", StatusCodes.Status400BadRequest);

/// <summary><c>extensions</c> is neither a JSON object nor null.</summary>
public sealed class ExtensionsInvalidError()
    : GraphQLRequestError("'extensions' must be a JSON object.", "EXTENSIONS_INVALID", StatusCodes.Status400BadRequest);

/// <summary>A POST body in a media type other than JSON or <c>application/graphql</c> (GraphQL over HTTP §5.3; also the CSRF guard).</summary>
public sealed class InvalidContentTypeError(string? contentType)
    : GraphQLRequestError(
        $"Content-Type '{contentType}' is not supported; use 'application/json' or 'application/graphql'.",
        "INVALID_CONTENT_TYPE",
        StatusCodes.Status415UnsupportedMediaType);

/// <summary>The body exceeds <see cref="GraphQLEndpointOptions.MaxRequestBodyBytes"/>.</summary>
public sealed class BodyTooLargeError(long limit)
    : GraphQLRequestError($"The request body exceeds {limit} bytes.", "BODY_TOO_LARGE", StatusCodes.Status413PayloadTooLarge);

/// <summary>A batch holds more than <see cref="GraphQLEndpointOptions.MaxBatchSize"/> requests.</summary>
public sealed class BatchTooLargeError(int limit)
    : GraphQLRequestError($"A batch may hold at most {limit} requests.", "BATCH_TOO_LARGE", StatusCodes.Status400BadRequest);

/// <summary>A batch arrived while <see cref="GraphQLEndpointOptions.EnableBatching"/> is off.</summary>
public sealed class BatchingDisabledError()
    : GraphQLRequestError("Batched requests are not supported.", "BATCHING_DISABLED", StatusCodes.Status400BadRequest);

/// <summary>The Accept header allows neither GraphQL response media type (GraphQL over HTTP §5.2).</summary>
public sealed class NotAcceptableError()
    : GraphQLRequestError(
        "The Accept header must allow 'application/graphql-response+json' or 'application/json'.",
        "NOT_ACCEPTABLE",
        StatusCodes.Status406NotAcceptable);

/// <summary>A subscription sent as a plain request: its events need a stream.</summary>
public sealed class SubscriptionNeedsStreamError()
    : GraphQLRequestError(
        "Subscriptions are served over GraphQL over SSE (send 'Accept: text/event-stream') or a 'graphql-transport-ws' WebSocket at this path.",
        "SUBSCRIPTION_NEEDS_STREAM",
        StatusCodes.Status400BadRequest);
