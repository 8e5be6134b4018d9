using System.Globalization;
using System.Text;

namespace Gateway.Graph.Relay;

/// <summary>
/// Opaque cursors: base64 of <c>cursor:v1:{index}</c>. The prefix and version let us tell
/// our cursors from arbitrary strings and change the format later without misreading old ones.
/// </summary>
internal static class ConnectionCursor
{
    private const string Prefix = "cursor:v1:";

    public static string Encode(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + index.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor, string argumentName)
    {
        var buffer = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, buffer, out var written))
        {
            var text = Encoding.UTF8.GetString(buffer, 0, written);
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && Encode(index) == cursor)
            {
                return index;
            }
        }

        throw new PagingError(PagingError.InvalidCursor, $"The cursor given in `{argumentName}` is not a valid cursor of this connection.");
    }
}
