using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>The merged people of one request, indexed by merge key and by upstream account.</summary>
public sealed class PeopleDirectory
{
    private readonly Dictionary<string, Person> _byKey;
    private readonly Dictionary<(UpstreamName, string), Person> _byAccount;

    public PeopleDirectory(IReadOnlyList<Person> people)
    {
        All = people;
        _byKey = people.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _byAccount = people.SelectMany(p => p.Accounts.Select(a => (Key: (a.Source, a.ExternalId), Person: p)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Person);
    }

    public IReadOnlyList<Person> All { get; }

    public Person? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    public Person? FindByEmail(string email) => FindByKey(EmailKey.Normalize(email));

    public Person? FindByAccount(UpstreamName source, string externalId) => _byAccount.GetValueOrDefault((source, externalId));
}
