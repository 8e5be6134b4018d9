using System.Security.Cryptography;
using System.Text;

namespace Gateway.Emulators.Worksection;

/// <summary>
/// Worksection's request signature: MD5 of the query string exactly as sent (still URL-encoded, no leading '?',
/// the <c>hash</c> pair removed) followed by the API key, as lowercase hex.
/// </summary>
public static class WorksectionHash
{
    /// <summary>Computes the hash a client must send for this raw query string (with or without '?', with or without hash).</summary>
    public static string Compute(string rawQuery, string apiKey)
    {
        var signed = string.Join('&', rawQuery.TrimStart('?').Split('&')
            .Where(pair => !pair.StartsWith("hash=", StringComparison.Ordinal)));
        return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(signed + apiKey)));
    }

    /// <summary>True when the query's <c>hash</c> parameter matches.</summary>
    public static bool IsValid(string? rawQuery, string? sentHash, string apiKey) =>
        !string.IsNullOrEmpty(rawQuery) && !string.IsNullOrEmpty(sentHash)
        && string.Equals(Compute(rawQuery, apiKey), sentHash, StringComparison.OrdinalIgnoreCase);
}
