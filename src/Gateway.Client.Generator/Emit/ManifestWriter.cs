using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Gateway.Client.Generator.Emit;

/// <summary>
/// The persisted operation manifest: a JSON object from each operation's hash to the exact text the client sends
/// (the Relay / Hot Chocolate shape the gateway reads from <c>PersistedOperations:Directory</c>).
/// </summary>
internal static class ManifestWriter
{
    public static string Write(IEnumerable<string> documents)
    {
        var json = new StringBuilder("{\n");
        var entries = documents.Select(d => (Hash: OperationHash.Of(d), Text: d)).OrderBy(e => e.Hash, System.StringComparer.Ordinal).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            json.Append("  \"").Append(entries[i].Hash).Append("\": ");
            AppendString(json, entries[i].Text);
            json.Append(i < entries.Count - 1 ? ",\n" : "\n");
        }
        return json.Append("}\n").ToString();
    }

    private static void AppendString(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    if (c < ' ') json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else json.Append(c);
                    break;
            }
        }
        json.Append('"');
    }
}
