using System.Buffers;
using System.Text;
using System.Text.Json;
using Gateway.Http.Errors;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gateway.Http;

/// <summary>
/// Turns a GET query string or a POST body into GraphQL requests, or throws a <see cref="GraphQLRequestError"/>.
/// Nothing is executed here, so a refused request never reaches a resolver or an upstream.
/// </summary>
internal sealed class GraphQLRequestReader(IOptions<GraphQLEndpointOptions> options, IGraphQLTextSerializer serializer)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    internal async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
            return new GraphQLHttpRequest([ReadQueryString(request.Query)], IsBatch: false, IsGet: true);

        // GraphQL over HTTP §5.3: only JSON and application/graphql bodies. Refusing form and text/plain
        // bodies also keeps a cross-site form from running a mutation (no CORS preflight for those).
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
            throw new InvalidContentTypeError(request.ContentType);
        var isJson = IsMediaType(contentType, GraphQLMediaTypes.Json);
        if (!isJson && !IsMediaType(contentType, GraphQLMediaTypes.GraphQL))
            throw new InvalidContentTypeError(request.ContentType);

        var body = await ReadBodyAsync(request, cancellationToken);
        return isJson
            ? ReadJson(body)
            : new GraphQLHttpRequest([new GraphQLRequest { Query = RequireQuery(Encoding.UTF8.GetString(body.Span)) }], IsBatch: false, IsGet: false);
    }

    private static bool IsMediaType(MediaTypeHeaderValue contentType, string mediaType)
        => contentType.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
            && (!contentType.Charset.HasValue || contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private GraphQLRequest ReadQueryString(IQueryCollection query) => RequireDocument(new()
    {
        Query = NullIfEmpty(query["query"].ToString()),
        DocumentId = NullIfEmpty(query["documentId"].ToString()) ?? NullIfEmpty(query["id"].ToString()),
        OperationName = NullIfEmpty(query["operationName"].ToString()),
        Variables = ReadInputs(query["variables"].ToString(), () => new VariablesInvalidError()),
        Extensions = ReadInputs(query["extensions"].ToString(), () => new ExtensionsInvalidError()),
    });

    private Inputs? ReadInputs(string json, Func<GraphQLRequestError> error)
    {
        if (string.IsNullOrEmpty(json))
            return null;
        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            return ReadInputs(document.RootElement, error);
        }
        catch (JsonException)
        {
            throw error();
        }
    }

    private GraphQLHttpRequest ReadJson(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException)
        {
            throw new JsonInvalidError("The request body is not valid JSON.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
                return new GraphQLHttpRequest([ReadRequest(root)], IsBatch: false, IsGet: false);
            if (root.ValueKind != JsonValueKind.Array)
                throw new JsonInvalidError("The request body must be a JSON object, or an array of them for a batch.");
            return new GraphQLHttpRequest(ReadBatch(root), IsBatch: true, IsGet: false);
        }
    }

    private GraphQLRequest[] ReadBatch(JsonElement array)
    {
        var limits = options.Value;
        if (!limits.EnableBatching)
            throw new BatchingDisabledError();
        var count = array.GetArrayLength();
        if (count > limits.MaxBatchSize)
            throw new BatchTooLargeError(limits.MaxBatchSize);
        if (count == 0)
            throw new JsonInvalidError("A batch must hold at least one request.");
        return array.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.Object
                ? ReadRequest(item)
                : throw new JsonInvalidError("Every item of a batch must be a JSON object."))
            .ToArray();
    }

    /// <summary>One request object (also a WebSocket subscribe payload), with the same rules as a POST body.</summary>
    internal GraphQLRequest ReadRequest(JsonElement request) => RequireDocument(new()
    {
        Query = NullIfEmpty(ReadString(request, "query")),
        DocumentId = NullIfEmpty(ReadString(request, "documentId")) ?? NullIfEmpty(ReadString(request, "id")),
        OperationName = NullIfEmpty(ReadString(request, "operationName")),
        Variables = request.TryGetProperty("variables", out var variables) ? ReadInputs(variables, () => new VariablesInvalidError()) : null,
        Extensions = request.TryGetProperty("extensions", out var extensions) ? ReadInputs(extensions, () => new ExtensionsInvalidError()) : null,
    });

    // A persisted operation is named instead of sent: by documentId, id or extensions.persistedQuery.
    private static GraphQLRequest RequireDocument(GraphQLRequest request)
    {
        if (request.Query is not null && string.IsNullOrWhiteSpace(request.Query))
            throw new QueryMissingError();
        if (request.Query is null && request.DocumentId is null && request.Extensions?.ContainsKey("persistedQuery") != true)
            throw new QueryMissingError();
        return request;
    }

    private static string? ReadString(JsonElement request, string name)
    {
        if (!request.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new JsonInvalidError($"'{name}' must be a string.");
    }

    private Inputs? ReadInputs(JsonElement value, Func<GraphQLRequestError> error) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.Deserialize<Inputs>(value.GetRawText()),
        _ => throw error(),
    };

    private static string RequireQuery(string? query)
        => string.IsNullOrWhiteSpace(query) ? throw new QueryMissingError() : query;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // The limit is checked against Content-Length first and then enforced while reading, because a
    // chunked body announces no length.
    private async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
            throw new BodyTooLargeError(limit);
        var buffer = new ArrayBufferWriter<byte>((int)Math.Clamp(request.ContentLength ?? 16 * 1024, 1, Math.Min(limit, 16 * 1024 * 1024)));
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (read == 0)
                return buffer.WrittenMemory;
            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
                throw new BodyTooLargeError(limit);
        }
    }
}
