namespace Gateway.Upstreams.PeopleV3;

/// <summary>Where and how to call People API v3 (section <c>Upstreams:PeopleV3</c>).</summary>
public sealed class PeopleV3Options
{
    public const string SectionName = "Upstreams:PeopleV3";

    /// <summary>The API root including the version segment, e.g. <c>https://api.example.com/v3/</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c>; never logged.</summary>
    public string AccessToken { get; set; } = "";
}
