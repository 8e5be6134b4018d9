using System.Security.Cryptography;
using Gateway.PersistedOperations;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gateway.Http;

/// <summary>
/// Cache-Control and ETag of GraphQL answers. Only a GET that names a persisted query, executed without errors, may be
/// kept (private unless configured otherwise, revalidated with If-None-Match); everything else is <c>no-store</c>:
/// a POST, ad-hoc text, a partial result, a refusal.
/// </summary>
internal sealed class ResponseCaching(IOptions<PersistedOperationsOptions> options)
{
    private const string NoStore = "no-store";

    public bool IsCacheable(HttpContext context, GraphQLHttpRequest request, ExecutedRequest executed)
        => request.IsGet && executed.Persisted && executed.Results is [{ Executed: true, Errors: null or { Count: 0 } }]
            && HttpMethods.IsGet(context.Request.Method);

    public static void SetNoStore(HttpResponse response) => response.Headers.CacheControl = NoStore;

    /// <summary>
    /// Sets the caching headers of a cacheable answer whose body is <paramref name="body"/>; true when the client's
    /// copy is current and the answer is 304 without a body.
    /// </summary>
    public bool TryAnswerNotModified(HttpContext context, ReadOnlySpan<byte> body)
    {
        var cache = options.Value.HttpCache;
        var response = context.Response;
        var authenticated = context.Request.Headers.Authorization.Count > 0 || context.User.Identity?.IsAuthenticated == true;
        var scope = cache.Public && !authenticated ? "public" : "private";
        response.Headers.CacheControl = cache.MaxAge > TimeSpan.Zero
            ? $"{scope}, max-age={(long)cache.MaxAge.TotalSeconds}"
            : $"{scope}, no-cache";
        // The body depends on the negotiated media type and, with authentication, on the caller.
        response.Headers.Vary = "Accept, Authorization";
        var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 16)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"");
        response.Headers.ETag = etag.ToString();
        return context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
    }
}
