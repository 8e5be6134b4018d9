using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>
/// One upstream record of a person as provenance sees it: which system and record, whether that system considers it
/// active, when it last changed (only People v3 says), and the value it holds for each field, exactly as held.
/// </summary>
public sealed record AccountValues(
    UpstreamName Source,
    string ExternalId,
    bool Active,
    DateTimeOffset? UpdatedAt,
    IReadOnlyDictionary<PersonField, string?> Values)
{
    public string? ValueOf(PersonField field) => Values.GetValueOrDefault(field);
}
