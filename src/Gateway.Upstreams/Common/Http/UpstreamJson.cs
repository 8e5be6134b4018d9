using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Gateway.Upstreams.Common.Http;

/// <summary>Strict parsing of success bodies: anything that does not fit is BadResponse, never a half-filled record.</summary>
internal static class UpstreamJson
{
    public static T Parse<T>(UpstreamCall call, string body, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo) ?? throw UpstreamErrors.BadResponse(call);
        }
        catch (Exception e) when (IsShapeError(e))
        {
            throw UpstreamErrors.BadResponse(call);
        }
    }

    public static T Parse<T>(UpstreamCall call, JsonElement element, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return element.Deserialize(typeInfo) ?? throw UpstreamErrors.BadResponse(call);
        }
        catch (Exception e) when (IsShapeError(e))
        {
            throw UpstreamErrors.BadResponse(call);
        }
    }

    /// <summary>Parses an error body leniently: a garbled error body still yields the status-based error.</summary>
    public static T? TryParse<T>(string body, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo);
        }
        catch (Exception e) when (IsShapeError(e))
        {
            return null;
        }
    }

    // InvalidOperationException: an absent "data" (an undefined JsonElement) or a converter refusing the shape.
    private static bool IsShapeError(Exception e) =>
        e is JsonException or NotSupportedException or FormatException or InvalidOperationException or OverflowException;
}
