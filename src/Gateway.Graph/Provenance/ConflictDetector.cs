using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>
/// Finds the conflicts of one person from their records and field provenance. Pure: no upstream, no clock; the same
/// input always gives the same conflicts in the same order: by kind, then field, then system (in the order the accounts,
/// then the rule, list them).
/// </summary>
public static class ConflictDetector
{
    public static IReadOnlyList<PersonConflict> Detect(
        IReadOnlyList<AccountValues> accounts, IReadOnlyDictionary<PersonField, FieldProvenance> fields, IReadOnlyList<UpstreamName> requireAccountIn)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(requireAccountIn);
        var conflicts = new List<PersonConflict>();
        foreach (var (field, provenance) in fields.OrderBy(f => f.Key))
        {
            if (PersonFields.IsCompared(field) && Disagree(field, provenance.Values))
                conflicts.Add(new(field, ConflictKind.ValueMismatch, null, provenance.Value, provenance.Values.Where(v => v.Value is not null).ToList()));
        }

        if (fields.TryGetValue(PersonField.Active, out var active) && active.Values.Select(v => v.Value).Distinct(StringComparer.Ordinal).Count() > 1)
            conflicts.Add(new(PersonField.Active, ConflictKind.ActiveMismatch, null, active.Value, active.Values));

        var emails = fields.GetValueOrDefault(PersonField.Email);
        foreach (var system in accounts.GroupBy(a => a.Source).Where(g => g.Count() > 1).Select(g => g.Key))
            conflicts.Add(new(PersonField.Email, ConflictKind.DuplicateAccount, system, emails?.Value, EmailsIn(emails, s => s == system)));

        if (accounts.Any(a => a.Source == UpstreamName.PeopleV3 && a.Active))
        {
            foreach (var system in requireAccountIn.Where(s => accounts.All(a => a.Source != s)))
                conflicts.Add(new(PersonField.Email, ConflictKind.MissingAccount, system, emails?.Value, EmailsIn(emails, s => s == UpstreamName.PeopleV3)));
        }

        return conflicts;
    }

    private static bool Disagree(PersonField field, IReadOnlyList<SourceValue> values) =>
        values.Select(v => FieldValues.Normalize(field, v.Value)).OfType<string>().Distinct(StringComparer.Ordinal).Skip(1).Any();

    private static List<SourceValue> EmailsIn(FieldProvenance? emails, Func<UpstreamName, bool> system) =>
        emails?.Values.Where(v => system(v.Source)).ToList() ?? [];
}
