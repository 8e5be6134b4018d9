using System.Text;
using Gateway.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Tests.Security;

/// <summary>The gateway with JWT bearer authentication on a symmetric test key, and a way to mint tokens for it.</summary>
public class JwtFixture : GatewayFixture
{
    private const string Key = "test-signing-key-of-at-least-32-bytes!";
    private const string Issuer = "https://issuer.test";
    private const string Audience = "people-graph";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Auth:Mode"] = "Jwt",
        ["Auth:Jwt:SigningKey"] = Key,
        ["Auth:Jwt:Issuer"] = Issuer,
        ["Auth:Jwt:Audience"] = Audience,
    };

    public static string Token(string scope, string key = Key, DateTime? expires = null, string subject = "tester")
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(5);
        return Token(scope, key, expiry, issuedAt: expiry.AddMinutes(-10), subject);
    }

    private static string Token(string scope, string key, DateTime expires, DateTime issuedAt, string subject) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Expires = expires,
        IssuedAt = issuedAt,
        NotBefore = issuedAt,
        Claims = new Dictionary<string, object> { ["sub"] = subject, ["scope"] = scope },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
    });
}
