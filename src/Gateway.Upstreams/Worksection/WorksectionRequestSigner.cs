using System.Security.Cryptography;
using System.Text;

namespace Gateway.Upstreams.Worksection;

/// <summary>
/// Worksection admin API v2 signing: every call, writes included, is
/// <c>?action=NAME&amp;k=v...&amp;hash=md5(query + apiKey)</c> with the hash in lowercase hex.
/// </summary>
internal static class WorksectionRequestSigner
{
    /// <summary>The relative request URI (<c>?query&amp;hash=…</c>); parameters with null values are left out.</summary>
    public static string SignedQuery(string action, IEnumerable<KeyValuePair<string, string?>> parameters, string apiKey)
    {
        var query = new StringBuilder("action=").Append(Uri.EscapeDataString(action));
        foreach (var (key, value) in parameters)
        {
            if (value is not null)
            {
                query.Append('&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        var text = query.ToString();
        return "?" + text + "&hash=" + Hash(text, apiKey);
    }

    public static string Hash(string query, string apiKey) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(query + apiKey)));
}
