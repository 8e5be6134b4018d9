using Microsoft.Net.Http.Headers;

namespace Gateway.Http;

/// <summary>The response media types of GraphQL over HTTP and the Accept negotiation between them.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQL = "application/graphql";

    /// <summary>
    /// Picks the response media type the Accept header likes best; null when it allows neither.
    /// When neither type is named (no Accept header, <c>*/*</c>, <c>application/*</c>) the answer is application/json,
    /// which legacy clients understand (GraphQL over HTTP §5.2.1, a SHOULD the graphql-http audit checks); when both are
    /// named with the same quality, application/graphql-response+json wins.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
            return Json;
        var (responseQuality, responseSpecificity) = QualityOf(GraphQLResponseJson, accept);
        var (jsonQuality, _) = QualityOf(Json, accept);
        if (responseQuality <= 0 && jsonQuality <= 0)
            return null;
        if (responseQuality > jsonQuality)
            return GraphQLResponseJson;
        if (jsonQuality > responseQuality)
            return Json;
        return responseSpecificity == ExactMatch ? GraphQLResponseJson : Json;
    }

    private const int ExactMatch = 2;

    // The most specific matching range decides (RFC 9110 §12.5.1): "application/json;q=0, */*" refuses JSON.
    private static (double Quality, int Specificity) QualityOf(string mediaType, IList<MediaTypeHeaderValue> accept)
    {
        var slash = mediaType.IndexOf('/');
        var type = mediaType.AsSpan(0, slash);
        var subType = mediaType.AsSpan(slash + 1);
        var (quality, specificity) = (0.0, -1);
        foreach (var range in accept)
        {
            int rangeSpecificity;
            if (range.MatchesAllTypes)
                rangeSpecificity = 0;
            else if (!type.Equals(range.Type.AsSpan(), StringComparison.OrdinalIgnoreCase))
                continue;
            else if (range.MatchesAllSubTypes)
                rangeSpecificity = 1;
            else if (subType.Equals(range.SubType.AsSpan(), StringComparison.OrdinalIgnoreCase))
                rangeSpecificity = ExactMatch;
            else
                continue;
            var rangeQuality = range.Quality ?? 1.0;
            if (rangeSpecificity > specificity || (rangeSpecificity == specificity && rangeQuality > quality))
                (quality, specificity) = (rangeQuality, rangeSpecificity);
        }
        return (quality, specificity);
    }
}
