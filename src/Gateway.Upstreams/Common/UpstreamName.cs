namespace Gateway.Upstreams.Common;

/// <summary>
/// An upstream system the gateway reads and writes: its short, stable <see cref="Code"/> and the
/// <see cref="DisplayName"/> users know it by. Equal by code. The three built-in upstreams are the static properties;
/// another upstream declares its own instance once, next to its client and its graph adapter.
/// </summary>
public sealed class UpstreamName : IEquatable<UpstreamName>
{
    public UpstreamName(string code, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Code = code;
        DisplayName = displayName;
    }

    public static UpstreamName Worksection { get; } = new("worksection", "Worksection");

    public static UpstreamName ZohoProjects { get; } = new("zoho", "Zoho Projects");

    public static UpstreamName PeopleV3 { get; } = new("peoplev3", "People v3");

    /// <summary>The upstreams this project has clients for, in the order the schema lists them.</summary>
    public static IReadOnlyList<UpstreamName> BuiltIn { get; } = [Worksection, ZohoProjects, PeopleV3];

    /// <summary>The short, stable name used in error extensions, logs, metrics and the emulators' counters.</summary>
    public string Code { get; }

    /// <summary>The name users know the upstream by, for messages.</summary>
    public string DisplayName { get; }

    public bool Equals(UpstreamName? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as UpstreamName);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    public override string ToString() => Code;

    public static bool operator ==(UpstreamName? left, UpstreamName? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(UpstreamName? left, UpstreamName? right) => !(left == right);
}
