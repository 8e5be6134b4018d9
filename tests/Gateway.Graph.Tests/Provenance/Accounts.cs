using Gateway.Graph.Provenance;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Tests.Provenance;

/// <summary>Small builders for the records provenance reads.</summary>
internal static class Accounts
{
    public static AccountValues Account(UpstreamName source, string id, bool active = true, DateTimeOffset? updatedAt = null, params (PersonField Field, string? Value)[] values)
    {
        var map = values.ToDictionary(v => v.Field, v => v.Value);
        map.TryAdd(PersonField.Active, active ? "true" : "false");
        return new AccountValues(source, id, active, updatedAt, map);
    }

    /// <summary>Every field's provenance with no value chosen: what the detector compares is the records' values.</summary>
    public static IReadOnlyDictionary<PersonField, FieldProvenance> Fields(IReadOnlyList<AccountValues> accounts) =>
        Enum.GetValues<PersonField>().ToDictionary(f => f, f => FieldProvenance.Of(f, new MergePolicy(MergePolicyKind.OrderedSources, []), null, accounts, null));
}
