using Gateway.Http.Errors;
using Microsoft.AspNetCore.Http;

namespace Gateway.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint (https://graphql.github.io/graphql-over-http/draft/): negotiate the
/// response media type, read the request, execute it, write the result. Each way of refusing a request
/// is a <see cref="GraphQLRequestError"/> with its own status and code.
/// </summary>
internal sealed class GraphQLEndpoint(GraphQLRequestReader reader, GraphQLRequestExecutor executor, GraphQLResponseWriter writer)
{
    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(context.Request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            await writer.WriteErrorAsync(context, GraphQLMediaTypes.Json, new NotAcceptableError());
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            request = await reader.ReadAsync(context.Request, context.RequestAborted);
        }
        catch (GraphQLRequestError error)
        {
            await writer.WriteErrorAsync(context, mediaType, error);
            return;
        }

        try
        {
            var executed = await executor.ExecuteAsync(context, request);
            if (executed.Results.Any(r => r.Streams is { Count: > 0 }))
            {
                await writer.WriteErrorAsync(context, mediaType, new SubscriptionNeedsStreamError());
                return;
            }
            await writer.WriteResultsAsync(context, mediaType, request, executed);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client is gone; there is nobody to answer.
        }
    }
}
