using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstreams.Common.Json;

/// <summary>
/// Reads an identifier that the contracts document as a string but that PHP-backed upstreams
/// sometimes send as a bare number ("id": "12" vs "id": 12). Anything else is a contract violation.
/// </summary>
internal sealed class FlexibleStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.Null => null,
            _ => throw new JsonException("Expected a string or a number."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
