using GraphQL.Transport;

namespace Gateway.Http;

/// <summary>What one HTTP request asked for: one GraphQL request, or a batch answered with an array.</summary>
internal sealed record GraphQLHttpRequest(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch, bool IsGet);
