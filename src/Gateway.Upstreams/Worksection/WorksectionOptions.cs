namespace Gateway.Upstreams.Worksection;

/// <summary>Where and how to call the Worksection admin API v2 (section <c>Upstreams:Worksection</c>).</summary>
public sealed class WorksectionOptions
{
    public const string SectionName = "Upstreams:Worksection";

    /// <summary>The API root, e.g. <c>https://example.worksection.com/api/admin/v2/</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The account's admin API key; only ever used to compute the request hash, never sent or logged.</summary>
    public string ApiKey { get; set; } = "";
}
