using System.Security.Cryptography;
using System.Text;

namespace Gateway.PersistedOperations;

/// <summary>The identifier of a persisted operation: SHA-256 of its UTF-8 text, as lower-case hex.</summary>
public static class OperationHash
{
    public const string DocumentIdPrefix = "sha256:";

    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Whether <paramref name="value"/> is 64 hex digits; the normalised (lower-case) form in <paramref name="hash"/>.</summary>
    public static bool TryNormalize(string? value, out string hash)
    {
        hash = "";
        if (value is null || value.Length != 64 || !value.All(char.IsAsciiHexDigit))
            return false;
        hash = value.ToLowerInvariant();
        return true;
    }
}
