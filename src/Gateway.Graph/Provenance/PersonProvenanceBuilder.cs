using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Provenance;

/// <summary>
/// Gives each merged person their provenance, read from what the merge already decided (<see cref="Person.Merge"/>:
/// every account's value per field, and the one taken) and the accounts' own email and state.
/// </summary>
public sealed class PersonProvenanceBuilder(MergePrecedence precedence, IOptions<ConflictRules> rules, SourceIdentities sources)
{
    private readonly IReadOnlyList<UpstreamName> _requireAccountIn = rules.Value.Resolve(sources);

    /// <summary>The merge's name of each field (its schema name); EMAIL is the merge key, not a merged field.</summary>
    private static readonly Dictionary<PersonField, string> MergeNames = new()
    {
        [PersonField.FirstName] = "firstName",
        [PersonField.LastName] = "lastName",
        [PersonField.DisplayName] = "displayName",
        [PersonField.Title] = "title",
        [PersonField.Department] = "department",
        [PersonField.AvatarUrl] = "avatarUrl",
        [PersonField.TimezoneOffsetHours] = "timezoneOffsetHours",
        [PersonField.Language] = "language",
        [PersonField.Active] = "active",
        [PersonField.CreatedAt] = "createdAt",
        [PersonField.Rate] = "rate",
        [PersonField.Phone] = "phones",
        [PersonField.Address] = "addresses",
    };

    public IReadOnlyList<Person> Attach(IReadOnlyList<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return people.Select(p => p with { Provenance = For(p) }).ToList();
    }

    public PersonProvenance For(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        // Nothing is worked out here: every merge (each change of a list, each write) attaches provenance to every
        // person, and reading each record's values would build every field's candidates the merge leaves for later.
        var accounts = new Lazy<IReadOnlyList<AccountValues>>(() => person.Accounts.Select(a => Values(person, a)).ToList());
        return new PersonProvenance(accounts, field => Field(person, field, accounts.Value), _requireAccountIn);
    }

    private FieldProvenance Field(Person person, PersonField field, IReadOnlyList<AccountValues> accounts)
    {
        if (!MergeNames.TryGetValue(field, out var name))
        {
            // The merge key: every record's email, normalised, is the person's; the first record stands for it.
            var first = person.Accounts.Count > 0 ? (person.Accounts[0].Source, person.Accounts[0].ExternalId) : ((UpstreamName, string)?)null;
            return FieldProvenance.Of(field, new MergePolicy(MergePolicyKind.OrderedSources, person.Accounts.Select(a => a.Source).Distinct().ToList()),
                person.Email, accounts, first);
        }

        var merge = person.Merge[name];
        var policy = new MergePolicy(precedence.PolicyOf(name), precedence.OrderOf(name));
        // A person no record gives a state to is active (Person.Active); the value shown is the person's, always.
        var merged = field == PersonField.Active ? FieldValues.Format(person.Active) : Format(field, merge.Chosen?.Value);
        return FieldProvenance.Of(field, policy, merged, accounts,
            merge.Chosen is { } chosen ? (chosen.Source, chosen.AccountId) : null);
    }

    private static AccountValues Values(Person person, SourceAccount account)
    {
        var values = new Dictionary<PersonField, string?> { [PersonField.Email] = account.Email };
        foreach (var (field, name) in MergeNames)
            values[field] = Format(field, ValueOf(person, name, account));
        // Every account states its own state, Worksection's included (listed means active), as `accounts` shows it.
        values[PersonField.Active] = FieldValues.Format(account.Active);
        var updatedAt = ValueOf(person, "updatedAt", account) as DateTimeOffset?;
        return new AccountValues(account.Source, account.ExternalId, account.Active, updatedAt, values);
    }

    private static object? ValueOf(Person person, string field, SourceAccount account) =>
        person.Merge.TryGetValue(field, out var merge)
            ? merge.Candidates.FirstOrDefault(c => c.Source == account.Source && c.AccountId == account.ExternalId)?.Value
            : null;

    private static string? Format(PersonField field, object? value) => value switch
    {
        PhoneNumbers phones => phones.Main,
        IReadOnlyList<string> addresses => addresses.Count > 0 ? addresses[0] : null,
        _ when field == PersonField.Phone || field == PersonField.Address => null,
        _ => FieldValues.Format(value),
    };
}
