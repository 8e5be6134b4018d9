using Gateway.Graph.Provenance;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.People;

/// <summary>
/// <c>Graph:Merge</c>: which upstream's value a merged person shows, per field. <see cref="Precedence"/> maps a field
/// (its schema name, e.g. <c>displayName</c>) to the upstreams to take it from, first first, by code (<c>peoplev3</c>)
/// or schema value (<c>PEOPLE_V3</c>); a field given here replaces that field's default order. <see cref="Policy"/> maps a
/// field to <c>MostRecentlyUpdated</c> to take it from the record changed last instead (see <see cref="MergePolicyKind"/>).
/// </summary>
public sealed class MergeOptions
{
    public const string SectionName = "Graph:Merge";

    public Dictionary<string, string[]> Precedence { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, MergePolicyKind> Policy { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// The per-field precedence table the merge follows: data, with <see cref="Defaults"/> overridable in configuration.
/// For each field, the upstreams it names come first, in its order; every other registered upstream follows in
/// registration order (so a new upstream fills fields the others leave empty). Within one upstream, its records are
/// taken in the order it lists them. The first record that holds a value gives the field.
/// </summary>
public sealed class MergePrecedence
{
    /// <summary>The default table. docs/merging.md and the README state it; a test keeps them equal.</summary>
    public static IReadOnlyDictionary<string, string[]> Defaults { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["firstName"] = ["peoplev3", "worksection", "zoho"],
        ["lastName"] = ["peoplev3", "worksection", "zoho"],
        ["displayName"] = ["worksection", "peoplev3", "zoho"],
        ["title"] = ["peoplev3", "worksection"],
        ["avatarUrl"] = ["worksection", "peoplev3"],
        ["department"] = ["worksection"],
        ["phones"] = ["worksection"],
        ["addresses"] = ["worksection"],
        ["timezoneOffsetHours"] = ["peoplev3"],
        ["language"] = ["peoplev3"],
        ["active"] = ["peoplev3", "zoho"],
        ["suspended"] = ["peoplev3"],
        ["lastActiveAt"] = ["peoplev3"],
        ["createdAt"] = ["peoplev3", "worksection"],
        ["updatedAt"] = ["peoplev3"],
        ["initials"] = ["peoplev3"],
        ["profileColor"] = ["peoplev3"],
        ["rate"] = ["worksection"],
        ["profileUrl"] = ["worksection"],
        ["otherContacts"] = ["worksection"],
        ["chats"] = ["worksection"],
        ["socials"] = ["worksection"],
    };

    private readonly Dictionary<string, IReadOnlyList<UpstreamName>> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MergePolicyKind> _policies = new(StringComparer.Ordinal);

    public MergePrecedence(IOptions<MergeOptions> options, SourceIdentities sources)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sources);
        var overrides = new Dictionary<string, string[]>(options.Value.Precedence, StringComparer.OrdinalIgnoreCase);
        var unknownField = overrides.Keys.FirstOrDefault(f => !MergeFields.All.ContainsKey(CanonicalField(f)));
        if (unknownField is not null)
        {
            throw new OptionsValidationException(MergeOptions.SectionName, typeof(MergeOptions),
                [$"{MergeOptions.SectionName}:Precedence:{unknownField} names no merged field; use one of {string.Join(", ", MergeFields.All.Keys)}."]);
        }

        foreach (var (field, policy) in options.Value.Policy)
        {
            if (!MergeFields.All.ContainsKey(CanonicalField(field)) || !Enum.IsDefined(policy))
            {
                throw new OptionsValidationException(MergeOptions.SectionName, typeof(MergeOptions),
                    [$"{MergeOptions.SectionName}:Policy:{field} must name a merged field ({string.Join(", ", MergeFields.All.Keys)}) and be one of {string.Join(", ", Enum.GetNames<MergePolicyKind>())}."]);
            }

            _policies[CanonicalField(field)] = policy;
        }

        foreach (var field in MergeFields.All.Keys)
        {
            var given = overrides.TryGetValue(field, out var configured) ? configured : null;
            var named = (given ?? Defaults.GetValueOrDefault(field) ?? []).Select(name => Resolve(sources, field, name, given is not null)).OfType<UpstreamName>();
            _orders[field] = named.Concat(sources.All.Select(s => s.Upstream)).Distinct().ToList();
        }
    }

    /// <summary>How <paramref name="field"/> picks among the records holding a value: by <see cref="OrderOf"/> (the default) or most recently updated.</summary>
    public MergePolicyKind PolicyOf(string field) => _policies.GetValueOrDefault(field, MergePolicyKind.OrderedSources);

    /// <summary>The upstreams <paramref name="field"/> is taken from, first first: every registered upstream, once.</summary>
    public IReadOnlyList<UpstreamName> OrderOf(string field) => _orders.TryGetValue(field, out var order)
        ? order
        : throw new ArgumentOutOfRangeException(nameof(field), field, "Not a merged field.");

    private static string CanonicalField(string field) =>
        MergeFields.All.Keys.FirstOrDefault(k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase)) ?? field;

    // A default may name an upstream that is not registered (a gateway serving two of the three); configuration may not.
    private static UpstreamName? Resolve(SourceIdentities sources, string field, string name, bool configured)
    {
        var upstream = sources.Find(name);
        if (upstream is null && configured)
        {
            throw new OptionsValidationException(MergeOptions.SectionName, typeof(MergeOptions),
                [$"{MergeOptions.SectionName}:Precedence:{field} names '{name}', which is no registered upstream; use one of {string.Join(", ", sources.All.Select(s => s.Upstream.Code))}."]);
        }

        return upstream;
    }
}
