using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstreams.Worksection.Wire;

/// <summary>A user's <c>services</c>: chat and social handles by service name.</summary>
[JsonConverter(typeof(WsServicesConverter))]
internal sealed class WsServices
{
    public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Chats { get; init; } = None;

    public IReadOnlyDictionary<string, string> Socials { get; init; } = None;
}

/// <summary>
/// Reads <c>{"chats":{…},"socials":{…}}</c>, <c>{}</c> and PHP's empty array <c>[]</c> leniently: handles are
/// decoration, so an odd shape yields no handles rather than costing the whole user list. Straight from the reader,
/// without a JsonElement (and its document) per user.
/// </summary>
internal sealed class WsServicesConverter : JsonConverter<WsServices>
{
    public override WsServices Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return new WsServices();
        }

        IReadOnlyDictionary<string, string> chats = WsServices.None, socials = WsServices.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "chats": chats = ReadHandles(ref reader); break;
                case "socials": socials = ReadHandles(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new WsServices { Chats = chats, Socials = socials };
    }

    public override void Write(Utf8JsonWriter writer, WsServices value, JsonSerializerOptions options) =>
        throw new NotSupportedException("The gateway never sends a user's services.");

    // Strings, or numbers (a phone number PHP turned into one); anything else is skipped.
    private static IReadOnlyDictionary<string, string> ReadHandles(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return WsServices.None;
        }

        var handles = new Dictionary<string, string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var service = reader.GetString()!;
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String: handles[service] = reader.GetString()!; break;
                case JsonTokenType.Number: handles[service] = System.Text.Encoding.UTF8.GetString(reader.ValueSpan); break;
                default: reader.Skip(); break;
            }
        }

        return handles;
    }
}
