namespace Gateway.Security;

/// <summary>How callers authenticate (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary><c>None</c> or <c>Jwt</c>; unset means None outside Production and refuses to start in Production.</summary>
    public AuthMode? Mode { get; set; }

    public JwtOptions Jwt { get; set; } = new();
}

public enum AuthMode
{
    None,
    Jwt,
}

/// <summary>JWT bearer validation: an OpenID Connect <see cref="Authority"/>, or a symmetric <see cref="SigningKey"/>.</summary>
public sealed class JwtOptions
{
    /// <summary>Issuer URL whose discovery document gives the signing keys; it is also the expected issuer.</summary>
    public string? Authority { get; set; }

    /// <summary>Expected <c>aud</c>; not checked when unset.</summary>
    public string? Audience { get; set; }

    /// <summary>Expected <c>iss</c> with a <see cref="SigningKey"/>; not checked when unset.</summary>
    public string? Issuer { get; set; }

    /// <summary>
    /// How far the token's <c>exp</c> and <c>nbf</c> may be off the gateway's clock. The library's default of 5 minutes
    /// accepted tokens that long past expiry; servers synchronised by NTP are seconds apart.
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = DefaultClockSkew;

    /// <summary>The default <see cref="ClockSkew"/>.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>The largest <see cref="ClockSkew"/> accepted at start.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>HMAC-SHA256 key (at least 32 bytes as UTF-8), for tests and single-service deployments. Never logged.</summary>
    public string? SigningKey { get; set; }
}
