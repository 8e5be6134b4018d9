using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>The merged people of one request, indexed by merge key, by id key and by upstream account.</summary>
public sealed class PeopleDirectory
{
    private readonly Dictionary<string, Person> _byKey;
    private readonly Dictionary<(UpstreamName, string), Person> _byAccount;
    private readonly Lazy<Dictionary<string, Person>> _byId;

    public PeopleDirectory(IReadOnlyList<Person> people, PersonIds ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        All = people;
        // Built on the first id lookup only: one HMAC per person, once per directory snapshot.
        _byId = new Lazy<Dictionary<string, Person>>(() => people.ToDictionary(p => ids.IdKeyOf(p), StringComparer.Ordinal));
        _byKey = people.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _byAccount = people.SelectMany(p => p.Accounts.Select(a => (Key: (a.Source, a.ExternalId), Person: p)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Person);
    }

    public IReadOnlyList<Person> All { get; }

    public Person? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    public Person? FindByEmail(string email) => FindByKey(EmailKey.Normalize(email));

    /// <summary>The person whose global id carries <paramref name="idKey"/> (see <see cref="PersonIds"/>).</summary>
    public Person? FindById(string idKey) => _byId.Value.GetValueOrDefault(idKey);

    public Person? FindByAccount(UpstreamName source, string externalId) => _byAccount.GetValueOrDefault((source, externalId));
}
