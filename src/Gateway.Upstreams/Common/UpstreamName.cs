namespace Gateway.Upstreams.Common;

/// <summary>The upstream systems the gateway reads and writes. <see cref="UpstreamNames"/> gives their stable wire names.</summary>
public enum UpstreamName
{
    Worksection,
    ZohoProjects,
    PeopleV3,
}

public static class UpstreamNames
{
    /// <summary>The short, stable name used in error extensions, logs, metrics and the emulators' counters.</summary>
    public static string Code(this UpstreamName upstream) => upstream switch
    {
        UpstreamName.Worksection => "worksection",
        UpstreamName.ZohoProjects => "zoho",
        UpstreamName.PeopleV3 => "peoplev3",
        _ => throw new ArgumentOutOfRangeException(nameof(upstream), upstream, null),
    };

    /// <summary>The name users know the upstream by, for messages.</summary>
    public static string DisplayName(this UpstreamName upstream) => upstream switch
    {
        UpstreamName.Worksection => "Worksection",
        UpstreamName.ZohoProjects => "Zoho Projects",
        UpstreamName.PeopleV3 => "People v3",
        _ => upstream.ToString(),
    };
}
