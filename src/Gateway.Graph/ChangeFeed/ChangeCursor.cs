using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// Opaque cursors over log positions. A position is <c>milliseconds-sequence</c> (a Redis stream id; the in-memory
/// log uses the same shape), so positions order the same way on every instance and across restarts.
/// </summary>
public static class ChangeCursor
{
    private const string Prefix = "change:";

    public static string Encode(string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + position));

    /// <summary>The position a cursor points at, or null when the text is not a change cursor.</summary>
    public static string? TryDecode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 100)
            return null;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var position = text[Prefix.Length..];
        return TryParse(position, out _) ? position : null;
    }

    /// <summary>Orders two positions (<c>ms-seq</c>).</summary>
    public static int Compare(string a, string b)
    {
        TryParse(a, out var x);
        TryParse(b, out var y);
        return x.CompareTo(y);
    }

    /// <summary>The index of the first of <paramref name="entries"/> (in log order) after <paramref name="position"/>.</summary>
    public static int IndexAfter(IReadOnlyList<ChangeLogEntry> entries, string position)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var (low, high) = (0, entries.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Compare(entries[middle].Position, position) <= 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    public static string Format(long milliseconds, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{milliseconds}-{sequence}");

    public static bool TryParse(string position, out (long Milliseconds, long Sequence) value)
    {
        value = default;
        var dash = position.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            && long.TryParse(position.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out value.Milliseconds)
            && long.TryParse(position.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out value.Sequence);
    }
}
