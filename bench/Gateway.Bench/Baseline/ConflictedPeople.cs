using System.Text.Json;

namespace Gateway.Bench.Baseline;

/// <summary>
/// The conflicts a hand-written client would find in the three people lists: every record kept per trimmed,
/// lower-cased email, then title, name, language and time zone compared trimmed and case-folded, the active state
/// compared across systems (a listed Worksection user is active), and more than one record in one system flagged.
/// </summary>
public static class ConflictedPeople
{
    public static void Write(Utf8JsonWriter json, JsonDocument worksection, ZohoPages zoho, JsonDocument peopleV3)
    {
        var records = worksection.RootElement.GetProperty("data").EnumerateArray().Select(u => ("WORKSECTION", u))
            .Concat(zoho.Items.Select(u => ("ZOHO_PROJECTS", u)))
            .Concat(peopleV3.RootElement.EnumerateArray().Select(p => ("PEOPLE_V3", p)))
            .GroupBy(r => MergedPeople.Key(r.Item2.GetProperty("email").GetString()!), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        json.WriteStartArray("nodes");
        foreach (var person in records)
        {
            var conflicts = Conflicts(person.ToList()).ToList();
            if (conflicts.Count == 0) continue;
            json.WriteStartObject();
            json.WriteString("email", person.Key);
            json.WriteStartArray("conflicts");
            foreach (var (kind, field, values) in conflicts)
            {
                json.WriteStartObject();
                json.WriteString("kind", kind);
                json.WriteString("field", field);
                json.WriteStartArray("values");
                foreach (var (source, id, value) in values)
                {
                    json.WriteStartObject();
                    json.WriteString("source", source);
                    json.WriteString("externalId", id);
                    json.WriteString("value", value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static IEnumerable<(string Kind, string Field, List<(string Source, string Id, string? Value)> Values)> Conflicts(List<(string Source, JsonElement Record)> records)
    {
        foreach (var (field, read) in Compared)
        {
            var values = records.Select(r => (r.Source, Id(r.Record), Value: read(r.Source, r.Record))).Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToList();
            if (values.Select(v => Normal(v.Value!)).Distinct(StringComparer.Ordinal).Count() > 1) yield return ("VALUE_MISMATCH", field, values);
        }

        var active = records.Select(r => (r.Source, Id(r.Record), Value: (string?)(Active(r.Source, r.Record) ? "true" : "false"))).ToList();
        if (active.Select(a => a.Value).Distinct().Count() > 1) yield return ("ACTIVE_MISMATCH", "ACTIVE", active);
        foreach (var system in records.GroupBy(r => r.Source).Where(g => g.Count() > 1))
            yield return ("DUPLICATE_ACCOUNT", "EMAIL", system.Select(r => (r.Source, Id(r.Record), (string?)r.Record.GetProperty("email").GetString())).ToList());
    }

    private static readonly (string Field, Func<string, JsonElement, string?> Read)[] Compared =
    [
        ("FIRST_NAME", (s, r) => s == "ZOHO_PROJECTS" ? NamePart(r, 0) : Text(r, "first_name")),
        ("LAST_NAME", (s, r) => s == "ZOHO_PROJECTS" ? NamePart(r, 1) : Text(r, "last_name")),
        ("TITLE", (_, r) => Text(r, "title")),
        ("LANGUAGE", (_, r) => Text(r, "language")),
        ("TIMEZONE_OFFSET_HOURS", (_, r) => r.TryGetProperty("timezone", out var tz) && tz.ValueKind == JsonValueKind.Number ? tz.GetRawText() : null),
    ];

    private static bool Active(string source, JsonElement record) => source switch
    {
        "ZOHO_PROJECTS" => record.GetProperty("active").GetBoolean(),
        "PEOPLE_V3" => !record.GetProperty("suspended").GetBoolean(),
        _ => true,
    };

    private static string Id(JsonElement record) => record.GetProperty("id") is { ValueKind: JsonValueKind.Number } n ? n.GetRawText() : record.GetProperty("id").GetString()!;

    private static string? Text(JsonElement record, string name) => record.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? NamePart(JsonElement record, int part) =>
        Text(record, "name")?.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is { } parts && parts.Length > part ? parts[part] : null;

    private static string Normal(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
