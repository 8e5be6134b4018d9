using System.Buffers.Text;
using System.Text;

namespace Gateway.Graph.Relay;

/// <summary>
/// Opaque global object ids in Hot Chocolate's format: standard base64 of UTF-8 <c>TypeName:key</c>.
/// A pure function of its input, so ids stay valid across restarts and instances.
/// </summary>
public static class GlobalId
{
    /// <summary>Encodes <paramref name="typeName"/> and <paramref name="key"/> into an opaque id.</summary>
    public static string Serialize(string typeName, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (typeName.Contains(':'))
        {
            throw new ArgumentException("A type name must not contain ':'.", nameof(typeName));
        }

        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));
    }

    /// <summary>
    /// Decodes an id made by <see cref="Serialize"/>; false for anything else
    /// (not base64, not UTF-8, no colon, an empty type name or key).
    /// </summary>
    public static bool TryParse(string? id, out string typeName, out string key)
    {
        typeName = string.Empty;
        key = string.Empty;
        if (string.IsNullOrEmpty(id) || !Base64.IsValid(id, out var length))
        {
            return false;
        }

        var bytes = new byte[length];
        if (!Convert.TryFromBase64String(id, bytes, out var written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        // Only the one spelling Serialize produces: no whitespace, no stray padding bits.
        if (Serialize(text[..colon], text[(colon + 1)..]) != id)
        {
            return false;
        }

        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }
}
