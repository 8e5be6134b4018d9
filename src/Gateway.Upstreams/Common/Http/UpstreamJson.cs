using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Gateway.Upstreams.Common.Http;

/// <summary>Strict parsing of success bodies: anything that does not fit is BadResponse, never a half-filled record.</summary>
internal static class UpstreamJson
{
    public static T Parse<T>(UpstreamCall call, byte[] body, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(WithoutBom(body), typeInfo) ?? throw UpstreamErrors.BadResponse(call);
        }
        catch (Exception e) when (IsShapeError(e))
        {
            throw UpstreamErrors.BadResponse(call);
        }
    }

    /// <summary>Parses an error body leniently: a garbled error body still yields the status-based error.</summary>
    public static T? TryParse<T>(byte[] body, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(WithoutBom(body), typeInfo);
        }
        catch (Exception e) when (IsShapeError(e))
        {
            return null;
        }
    }

    /// <summary>Whether the bytes are one complete JSON value, syntax only: one forward pass that allocates nothing.</summary>
    public static bool IsWellFormed(byte[] body)
    {
        var reader = new Utf8JsonReader(WithoutBom(body));
        try
        {
            if (!reader.Read()) return false;
            reader.Skip();
            // Anything after the first value but whitespace makes Read throw.
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Some PHP stacks prefix a UTF-8 byte order mark, which the reader does not skip when given bytes.
    private static ReadOnlySpan<byte> WithoutBom(byte[] body) =>
        body.AsSpan().StartsWith("\uFEFF"u8) ? body.AsSpan(3) : body;

    // InvalidOperationException: a converter refusing the shape.
    private static bool IsShapeError(Exception e) =>
        e is JsonException or NotSupportedException or FormatException or InvalidOperationException or OverflowException;
}
