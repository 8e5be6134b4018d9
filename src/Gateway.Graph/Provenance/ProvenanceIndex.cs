using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Provenance;

/// <summary>Attaches to each merged person the provenance of their records: every record with their email, duplicates included.</summary>
public static class ProvenanceIndex
{
    public static IReadOnlyList<Person> Attach(
        IReadOnlyList<Person> people, IEnumerable<WorksectionUser> worksection, IEnumerable<ZohoPortalUser> zoho,
        IEnumerable<PeopleV3Person> peopleV3, MergePolicies policies, ConflictRules rules)
    {
        var records = worksection.Where(u => !string.IsNullOrWhiteSpace(u.Email)).Select(u => (u.Email, Values: UpstreamRecordValues.From(u)))
            .Concat(zoho.Where(u => !string.IsNullOrWhiteSpace(u.Email)).Select(u => (u.Email, Values: UpstreamRecordValues.From(u))))
            .Concat(peopleV3.Where(p => !string.IsNullOrWhiteSpace(p.Email)).Select(p => (p.Email, Values: UpstreamRecordValues.From(p))))
            .ToLookup(r => EmailKey.Normalize(r.Email), r => r.Values, StringComparer.Ordinal);
        return people.Select(p => p with
        {
            Provenance = new PersonProvenance(records[p.Key].ToList(), field => PersonProvenance.MergedValue(p, field), policies, rules),
        }).ToList();
    }
}
