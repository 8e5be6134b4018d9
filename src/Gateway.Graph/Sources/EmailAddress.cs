using System.Globalization;
using System.Net.Mail;

namespace Gateway.Graph.Sources;

/// <summary>
/// The one email rule of the graph: every email argument, in queries and mutations, passes it before any upstream
/// call. An address is at most 254 characters, exactly one <c>@</c>, a dotted domain whose last label has two or more
/// characters; letters and digits of any script are allowed, but no control, format (bidirectional overrides,
/// zero-width), space, symbol (emoji) or private-use character, nor the separators that would turn one Zoho
/// <c>email</c> field into two people (<c>, ;</c>) or a display name (<c>&lt;&gt;()[]"</c>). Runs in time linear in
/// the input and refuses anything longer than the limit before looking at it.
/// </summary>
public static class EmailAddress
{
    /// <summary>RFC 5321's limit on a forward path.</summary>
    public const int MaxLength = 254;

    /// <summary>What every refused email is told, without quoting it: the input may hold characters that rewrite the text around it.</summary>
    public static string Invalid(string field) =>
        $"`{field}` is not a valid email address; use the form name@example.com with no spaces, control characters or symbols.";

    public static bool IsValid(string? email)
    {
        if (string.IsNullOrEmpty(email) || email.Length > MaxLength) return false;
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1) return false;
        foreach (var c in email)
        {
            if (!IsAllowed(c)) return false;
        }

        var domain = email.AsSpan(at + 1);
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Length - lastDot - 1 < 2 || domain.Contains("..", StringComparison.Ordinal)) return false;

        // MailAddress adds RFC 5322's structure rules (dot placement, quoting); it must read the address back unchanged.
        try
        {
            return new MailAddress(email).Address == email;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsAllowed(char c)
    {
        if (c < 0x80) return c > ' ' && c < 0x7F && ",;<>()[]\"\\".IndexOf(c, StringComparison.Ordinal) < 0;
        // Surrogates (emoji and other astral symbols) are refused with everything that is not a letter, mark or digit.
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;
    }
}
