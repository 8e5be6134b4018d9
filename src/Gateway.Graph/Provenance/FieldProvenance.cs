namespace Gateway.Graph.Provenance;

/// <summary>
/// Where one merged field of a person came from: the policy that picked it, the value the person shows, and the value
/// every record of the person holds (<see cref="SourceValue.Chosen"/> marks the record that supplied it).
/// </summary>
public sealed record FieldProvenance(PersonField Field, MergePolicy Policy, string? Value, IReadOnlyList<SourceValue> Values)
{
    public SourceValue? Chosen => Values.FirstOrDefault(v => v.Chosen);

    /// <summary>
    /// Provenance of <paramref name="merged"/> (the value the person shows): the supplying record is the first, in the
    /// policy's order, that holds that value after normalisation. Records of sources outside the policy are listed too.
    /// </summary>
    public static FieldProvenance Of(PersonField field, MergePolicy policy, string? merged, IReadOnlyList<AccountValues> accounts)
    {
        var supplier = policy.Rank(accounts).FirstOrDefault(a => merged is not null && FieldValues.Agree(field, a.ValueOf(field), merged));
        var values = accounts
            .Select(a => new SourceValue(a.Source, a.ExternalId, a.ValueOf(field), a.UpdatedAt, ReferenceEquals(a, supplier)))
            .ToList();
        return new FieldProvenance(field, policy, merged, values);
    }
}
