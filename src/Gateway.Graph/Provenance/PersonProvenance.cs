using Gateway.Graph.People;

namespace Gateway.Graph.Provenance;

/// <summary>
/// Everything a person's records say, field by field, and where they disagree. Built with the merged person and
/// computed on first use, once per directory snapshot: a page that selects neither provenance nor conflicts pays nothing.
/// </summary>
public sealed class PersonProvenance
{
    /// <summary>For a person built without records (tests, references): no values, no conflicts.</summary>
    public static readonly PersonProvenance None = new([], _ => null, MergePolicies.Default, new ConflictRules());

    private readonly Lazy<IReadOnlyDictionary<PersonField, FieldProvenance>> _fields;
    private readonly Lazy<IReadOnlyList<PersonConflict>> _conflicts;

    public PersonProvenance(IReadOnlyList<AccountValues> accounts, Func<PersonField, string?> merged, MergePolicies policies, ConflictRules rules)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Accounts = accounts;
        _fields = new(() => Enum.GetValues<PersonField>().ToDictionary(f => f, f => FieldProvenance.Of(f, policies.For(f), merged(f), accounts)));
        _conflicts = new(() => ConflictDetector.Detect(accounts, _fields.Value, rules));
    }

    public IReadOnlyList<AccountValues> Accounts { get; }

    public FieldProvenance Of(PersonField field) => _fields.Value[field];

    public IReadOnlyList<PersonConflict> Conflicts => _conflicts.Value;

    /// <summary>The value the merged person shows for <paramref name="field"/>, as provenance writes it.</summary>
    public static string? MergedValue(Person person, PersonField field)
    {
        ArgumentNullException.ThrowIfNull(person);
        return FieldValues.Format(field switch
        {
            PersonField.Email => person.Email,
            PersonField.FirstName => person.FirstName,
            PersonField.LastName => person.LastName,
            PersonField.DisplayName => person.DisplayName,
            PersonField.Title => person.Title,
            PersonField.Department => person.Department,
            PersonField.AvatarUrl => person.AvatarUrl,
            PersonField.TimezoneOffsetHours => person.TimezoneOffsetHours,
            PersonField.Language => person.Language,
            PersonField.Active => person.Active,
            PersonField.CreatedAt => person.CreatedAt,
            PersonField.Rate => person.Rate,
            PersonField.Phone => person.Phones.Main,
            PersonField.Address => person.Addresses.Count > 0 ? person.Addresses[0] : null,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "A PersonField without a merged value."),
        });
    }
}
