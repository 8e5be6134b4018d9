using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>
/// Where one merged field of a person came from: the policy that picked it, the value the person shows, and the value
/// every record of the person holds (<see cref="SourceValue.Chosen"/> marks the record the merge took it from).
/// </summary>
public sealed record FieldProvenance(PersonField Field, MergePolicy Policy, string? Value, IReadOnlyList<SourceValue> Values)
{
    public SourceValue? Chosen => Values.FirstOrDefault(v => v.Chosen);

    /// <summary>The provenance of <paramref name="field"/>: every record's value, the one the merge took marked by <paramref name="chosen"/>.</summary>
    public static FieldProvenance Of(
        PersonField field, MergePolicy policy, string? merged, IReadOnlyList<AccountValues> accounts, (UpstreamName Source, string ExternalId)? chosen)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var values = accounts
            .Select(a => new SourceValue(a.Source, a.ExternalId, a.ValueOf(field), a.UpdatedAt, chosen == (a.Source, a.ExternalId)))
            .ToList();
        return new FieldProvenance(field, policy, merged, values);
    }
}
