using System.Globalization;

namespace Gateway.Graph.Errors;

/// <summary>
/// How an error message may show a value the client sent. A short value made only of visible text is quoted, which
/// helps the reader find the typo; anything else (control or bidirectional-override characters that would rewrite the
/// text around it, zero-width or private-use characters, emoji, or a value longer than a name) is described, never
/// quoted. Emails are never quoted at all (<see cref="Sources.EmailAddress.Invalid"/>).
/// </summary>
public static class InputEcho
{
    /// <summary>Longer than any id, role or name the upstreams use.</summary>
    public const int MaxQuotedLength = 64;

    public const string Unshowable = "a value that cannot be shown (too long, or with control, format or symbol characters)";

    public static string Quote(string? value) => IsShowable(value) ? $"'{value}'" : Unshowable;

    private static bool IsShowable(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxQuotedLength) return false;
        foreach (var c in value)
        {
            if (c == '\'' || char.IsSurrogate(c)) return false;
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                return false;
        }

        return true;
    }
}
