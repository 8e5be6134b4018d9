using System.Net.Http.Headers;
using System.Text.Json;

namespace Gateway.Client.Http;

/// <summary>
/// GraphQL over HTTP: POSTs <c>{query, operationName, variables}</c> as <c>application/json</c> and accepts
/// <c>application/graphql-response+json</c> first, as the GraphQL-over-HTTP spec asks of clients. A persisted operation
/// is sent as <c>documentId</c>, or as <c>extensions.persistedQuery</c> with the text only when the server asks for it
/// (see <see cref="RequestStrategy"/>).
/// </summary>
public sealed class HttpGraphQLTransport(HttpClient httpClient) : IGraphQLTransport
{
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json", 0.9);

    /// <inheritdoc />
    public async Task<JsonDocument> SendAsync(OperationRequest request, CancellationToken cancellationToken)
    {
        if (request.Hash is null || request.Strategy == RequestStrategy.Default)
            return await SendAsync(request, Body.Text, cancellationToken).ConfigureAwait(false);
        if (request.Strategy == RequestStrategy.PersistedQuery)
            return await SendAsync(request, Body.DocumentId, cancellationToken).ConfigureAwait(false);

        var answer = await SendAsync(request, Body.Hash, cancellationToken).ConfigureAwait(false);
        if (!IsPersistedQueryNotFound(answer.RootElement))
            return answer;
        answer.Dispose();
        return await SendAsync(request, Body.HashAndText, cancellationToken).ConfigureAwait(false);
    }

    private enum Body
    {
        Text,
        DocumentId,
        Hash,
        HashAndText,
    }

    private static bool IsPersistedQueryNotFound(JsonElement root)
        => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            && errors.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("extensions", out var x)
                && x.ValueKind == JsonValueKind.Object && x.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                && code.GetString() == "PERSISTED_QUERY_NOT_FOUND");

    private async Task<JsonDocument> SendAsync(OperationRequest request, Body body, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, httpClient.BaseAddress is null ? null : "")
        {
            Content = new ByteArrayContent(WriteBody(request, body)),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.Accept.Add(GraphQLResponse);
        message.Headers.Accept.Add(Json);

        using var response = await httpClient.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        // A 4xx/5xx with a GraphQL body still carries the errors (GraphQL over HTTP, application/graphql-response+json).
        if (mediaType is "application/graphql-response+json" or "application/json")
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException) when (!response.IsSuccessStatusCode)
            {
                // Not a GraphQL body after all: report the status below.
            }
        }

        throw new HttpRequestException($"The GraphQL server answered {(int)response.StatusCode} {response.ReasonPhrase} without a GraphQL response.", null, response.StatusCode);
    }

    private static byte[] WriteBody(OperationRequest request, Body body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (body is Body.Text or Body.HashAndText)
                writer.WriteString("query", request.Document);
            if (body == Body.DocumentId)
                writer.WriteString("documentId", "sha256:" + request.Hash);
            if (body is Body.Hash or Body.HashAndText)
            {
                writer.WriteStartObject("extensions");
                writer.WriteStartObject("persistedQuery");
                writer.WriteNumber("version", 1);
                writer.WriteString("sha256Hash", request.Hash);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteString("operationName", request.Name);
            writer.WriteStartObject("variables");
            request.WriteVariables?.Invoke(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
