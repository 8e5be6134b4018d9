using System.Text.Json;

namespace Gateway.Client;

/// <summary>Sends a request and returns the response body as JSON.</summary>
public interface IGraphQLTransport
{
    /// <summary>Sends <paramref name="request"/>; throws <see cref="HttpRequestException"/> when no GraphQL response came back.</summary>
    Task<JsonDocument> SendAsync(OperationRequest request, CancellationToken cancellationToken);
}
