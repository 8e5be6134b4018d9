namespace Gateway.Graph.Sources;

/// <summary>
/// The identity key people are merged by: the email trimmed and case-folded. Upstreams store the same address
/// with other letter case or surrounding spaces (the Zoho samples do), so raw comparison would split one person in two.
/// </summary>
public static class EmailKey
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
