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

    /// <summary>
    /// This directory with the people of <paramref name="changedKeys"/> replaced by <paramref name="rebuilt"/> (a changed
    /// key without a rebuilt person is gone), in merge-key order as a full merge gives it. Everyone else stays the
    /// same instance, so what was worked out for them (provenance, id keys) is not worked out again.
    /// </summary>
    public PeopleDirectory With(IReadOnlySet<string> changedKeys, IEnumerable<Person> rebuilt, PersonIds ids)
    {
        ArgumentNullException.ThrowIfNull(changedKeys);
        ArgumentNullException.ThrowIfNull(rebuilt);
        var added = rebuilt.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var people = new List<Person>(All.Count + added.Count);
        var next = 0;
        foreach (var person in All)
        {
            while (next < added.Count && string.CompareOrdinal(added[next].Key, person.Key) < 0) people.Add(added[next++]);
            if (!changedKeys.Contains(person.Key)) people.Add(person);
        }

        people.AddRange(added.Skip(next));
        return new PeopleDirectory(people, ids);
    }

    public Person? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    public Person? FindByEmail(string email) => FindByKey(EmailKey.Normalize(email));

    /// <summary>The person whose global id carries <paramref name="idKey"/> (see <see cref="PersonIds"/>).</summary>
    public Person? FindById(string idKey) => _byId.Value.GetValueOrDefault(idKey);

    public Person? FindByAccount(UpstreamName source, string externalId) => _byAccount.GetValueOrDefault((source, externalId));
}
