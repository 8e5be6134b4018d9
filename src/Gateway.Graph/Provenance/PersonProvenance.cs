using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>
/// Everything a person's records say, field by field, and where they disagree. Attached to each merged person by
/// <see cref="PersonProvenanceBuilder"/> and computed on first use, once per directory snapshot: a page that selects
/// neither provenance nor conflicts pays nothing for them, and none of it costs an upstream call.
/// </summary>
public sealed class PersonProvenance
{
    /// <summary>For a person built without records: no values, no conflicts.</summary>
    public static readonly PersonProvenance None = new(new Lazy<IReadOnlyList<AccountValues>>(() => []), field => new FieldProvenance(field, new MergePolicy(MergePolicyKind.OrderedSources, []), null, []), []);

    private readonly Lazy<IReadOnlyList<AccountValues>> _accounts;
    private readonly Lazy<IReadOnlyDictionary<PersonField, FieldProvenance>> _fields;
    private readonly Lazy<IReadOnlyList<PersonConflict>> _conflicts;

    public PersonProvenance(
        Lazy<IReadOnlyList<AccountValues>> accounts, Func<PersonField, FieldProvenance> field, IReadOnlyList<UpstreamName> requireAccountIn)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        _accounts = accounts;
        _fields = new(() => Enum.GetValues<PersonField>().ToDictionary(f => f, field));
        _conflicts = new(() => ConflictDetector.Detect(accounts.Value, _fields.Value, requireAccountIn));
    }

    /// <summary>Each record's values, field by field, worked out on first use.</summary>
    public IReadOnlyList<AccountValues> Accounts => _accounts.Value;

    public FieldProvenance Of(PersonField field) => _fields.Value[field];

    public IReadOnlyList<PersonConflict> Conflicts => _conflicts.Value;
}
