using System.Linq;

namespace Gateway.Client.Generator.Emit;

/// <summary>C# names for GraphQL names.</summary>
internal static class Names
{
    public static string Pascal(string name) =>
        name.StartsWith("__", System.StringComparison.Ordinal) || name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary><c>ZOHO_PROJECTS</c> → <c>ZohoProjects</c>; names already in mixed case keep their inner capitals.</summary>
    public static string EnumMember(string value)
    {
        if (value.Any(char.IsLower)) return Pascal(value);
        return string.Concat(value.Split('_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1).ToLowerInvariant()));
    }

    public static string Parameter(string name) => "@" + char.ToLowerInvariant(name[0]) + name.Substring(1);

    public static string Verbatim(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";

    public static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
