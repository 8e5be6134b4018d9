using Gateway.Http.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Gateway.Http;

/// <summary>Writes results and request errors with the status codes of GraphQL over HTTP.</summary>
/// <remarks>
/// With <c>application/graphql-response+json</c>, a request that never started executing (parse,
/// validation, unknown operation or bad variables) gets 400 and no <c>data</c> key (§6.4.2). With
/// <c>application/json</c> the same result gets 200 (§6.4.1), as legacy clients expect: they look at
/// <c>errors</c>, not the status. A GET of a mutation is 405 with either media type. A batch, which
/// the specification does not cover, is always 200 with one result per item.
/// </remarks>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, ResponseCaching caching)
{
    public Task WriteResultsAsync(HttpContext context, string mediaType, GraphQLHttpRequest request, ExecutedRequest executed)
    {
        if (caching.IsCacheable(context, request, executed))
            return WriteCacheableAsync(context, mediaType, executed.Results[0]);
        ResponseCaching.SetNoStore(context.Response);
        var results = executed.Results;
        if (request.IsBatch)
            return WriteAsync(context, StatusCodes.Status200OK, mediaType, results);
        var result = results[0];
        if (result.Executed)
            return WriteAsync(context, StatusCodes.Status200OK, mediaType, result);
        if (result.Errors?.Any(e => e is HttpMethodValidationError) == true)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            return WriteAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType, result);
        }
        var status = mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return WriteAsync(context, status, mediaType, result);
    }

    public Task WriteErrorAsync(HttpContext context, string mediaType, GraphQLRequestError error)
    {
        ResponseCaching.SetNoStore(context.Response);
        return WriteAsync(context, error.StatusCode, mediaType, new ExecutionResult(error));
    }

    // The body is serialized first: its hash is the ETag, and a client whose copy is current gets 304 without it.
    private async Task WriteCacheableAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, context.RequestAborted);
        if (!buffer.TryGetBuffer(out var body))
            body = buffer.ToArray();
        if (caching.TryAnswerNotModified(context, body))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = new MediaTypeHeaderValue(mediaType) { Charset = "utf-8" }.ToString();
        context.Response.ContentLength = body.Count;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private async Task WriteAsync<T>(HttpContext context, int statusCode, string mediaType, T body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = new MediaTypeHeaderValue(mediaType) { Charset = "utf-8" }.ToString();
        await serializer.WriteAsync(context.Response.Body, body, context.RequestAborted);
    }
}
