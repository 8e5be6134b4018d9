using System.Text.RegularExpressions;

namespace Gateway.Emulators;

/// <summary>The email check all three emulators apply: one '@', a dot in the domain, no spaces or list separators.</summary>
internal static partial class EmailRule
{
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex(@"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")]
    private static partial Regex Pattern();
}
