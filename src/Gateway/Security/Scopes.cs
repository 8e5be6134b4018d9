using System.Security.Claims;

namespace Gateway.Security;

/// <summary>Reads OAuth scopes from the <c>scope</c> claim (space-separated, RFC 8693) or <c>scp</c> (Entra ID, one per claim or space-separated).</summary>
internal static class Scopes
{
    public static bool Has(ClaimsPrincipal? user, string scope) =>
        user?.Claims.Any(c => c.Type is "scope" or "scp" && c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal)) == true;
}
