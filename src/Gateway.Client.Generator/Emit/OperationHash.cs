using System.Security.Cryptography;
using System.Text;

namespace Gateway.Client.Generator.Emit;

/// <summary>An operation's id: the lower-case hex SHA-256 of the UTF-8 text the client sends, as the gateway computes it.</summary>
internal static class OperationHash
{
    public static string Of(string document)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(document));
        var text = new StringBuilder(hash.Length * 2);
        foreach (var b in hash) text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
