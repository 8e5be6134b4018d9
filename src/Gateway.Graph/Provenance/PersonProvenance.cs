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
    public static readonly PersonProvenance None = new([], field => new FieldProvenance(field, new MergePolicy(MergePolicyKind.OrderedSources, []), null, []), []);

    private readonly Lazy<IReadOnlyDictionary<PersonField, FieldProvenance>> _fields;
    private readonly Lazy<IReadOnlyList<PersonConflict>> _conflicts;

    public PersonProvenance(IReadOnlyList<AccountValues> accounts, Func<PersonField, FieldProvenance> field, IReadOnlyList<UpstreamName> requireAccountIn)
    {
        Accounts = accounts;
        _fields = new(() => Enum.GetValues<PersonField>().ToDictionary(f => f, field));
        _conflicts = new(() => ConflictDetector.Detect(accounts, _fields.Value, requireAccountIn));
    }

    public IReadOnlyList<AccountValues> Accounts { get; }

    public FieldProvenance Of(PersonField field) => _fields.Value[field];

    public IReadOnlyList<PersonConflict> Conflicts => _conflicts.Value;
}
