using System.Globalization;
using System.Text.Json;

namespace Gateway.Client.Serialization;

/// <summary>Readers the generated parsers call for each field of a response.</summary>
public static class JsonRead
{
    /// <summary>The member <paramref name="name"/>; an undefined element when the member is missing.</summary>
    public static JsonElement Member(JsonElement obj, string name) => obj.TryGetProperty(name, out var value) ? value : default;

    /// <summary>True for JSON null and for a missing member (a field nulled by an error).</summary>
    public static bool IsNull(JsonElement element) => element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>A nullable reference value.</summary>
    public static T? Nullable<T>(JsonElement element, Func<JsonElement, T> read) where T : class => IsNull(element) ? null : read(element);

    /// <summary>A nullable value type.</summary>
    public static T? NullableValue<T>(JsonElement element, Func<JsonElement, T> read) where T : struct => IsNull(element) ? null : read(element);

    /// <summary>A list, item by item.</summary>
    public static IReadOnlyList<T> List<T>(JsonElement element, Func<JsonElement, T> read)
    {
        var items = new List<T>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray()) items.Add(read(item));
        return items;
    }

    /// <summary><c>__typename</c> of an object, for unions and interfaces.</summary>
    public static string TypeName(JsonElement obj) => Member(obj, "__typename").GetString() ?? throw new JsonException("__typename is missing.");

    /// <summary>String and ID.</summary>
    public static string String(JsonElement element) => element.ValueKind == JsonValueKind.Number ? element.GetRawText() : element.GetString()!;

    /// <summary>Int.</summary>
    public static int Int(JsonElement element) => element.GetInt32();

    /// <summary>Float.</summary>
    public static double Float(JsonElement element) => element.GetDouble();

    /// <summary>Boolean.</summary>
    public static bool Boolean(JsonElement element) => element.GetBoolean();

    /// <summary>Decimal, as a JSON number or a string.</summary>
    public static decimal Decimal(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? decimal.Parse(element.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture)
        : element.GetDecimal();

    /// <summary>DateTime (ISO 8601).</summary>
    public static DateTimeOffset DateTime(JsonElement element) =>
        DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>A scalar the generator does not know: the raw JSON.</summary>
    public static JsonElement Any(JsonElement element) => element.Clone();
}
