using System.Net.Http.Headers;
using System.Text.Json;

namespace Gateway.Client.Http;

/// <summary>
/// GraphQL over HTTP: POSTs <c>{query, operationName, variables}</c> as <c>application/json</c> and accepts
/// <c>application/graphql-response+json</c> first, as the GraphQL-over-HTTP spec asks of clients.
/// </summary>
public sealed class HttpGraphQLTransport(HttpClient httpClient) : IGraphQLTransport
{
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json", 0.9);

    /// <inheritdoc />
    public async Task<JsonDocument> SendAsync(OperationRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, httpClient.BaseAddress is null ? null : "")
        {
            Content = new ByteArrayContent(WriteBody(request)),
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

    private static byte[] WriteBody(OperationRequest request)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", request.Document);
            writer.WriteString("operationName", request.Name);
            writer.WriteStartObject("variables");
            request.WriteVariables?.Invoke(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
