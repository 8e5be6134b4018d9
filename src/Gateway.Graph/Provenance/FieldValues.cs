using System.Globalization;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Provenance;

/// <summary>
/// The one comparison rule of provenance: values are compared after the normalisation the merge applies to its keys
/// and text (trimmed, inner whitespace collapsed, case-folded; emails by <see cref="EmailKey"/>), so that
/// <c>" Patricia.Boyle@Zillum.com "</c> and <c>patricia.boyle@zillum.com</c>, or <c>"Ops  Lead"</c> and <c>"ops lead"</c>, agree.
/// </summary>
public static class FieldValues
{
    /// <summary>The comparable form of a value, or null when the system holds nothing for the field.</summary>
    public static string? Normalize(PersonField field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (field == PersonField.Email) return EmailKey.Normalize(value);
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }

    public static bool Agree(PersonField field, string? left, string? right) =>
        string.Equals(Normalize(field, left), Normalize(field, right), StringComparison.Ordinal);

    /// <summary>How a non-text value is written in provenance: invariant culture, booleans as <c>true</c>/<c>false</c>, instants in ISO 8601.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        // G29 drops trailing zeros, so 5.5 and 5.50 (one offset sent two ways) read alike.
        decimal number => number.ToString("G29", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
