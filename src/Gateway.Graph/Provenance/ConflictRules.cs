using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Provenance;

/// <summary>
/// Configurable conflict rules, bound from <c>Graph:Conflicts</c>. <see cref="RequireAccountIn"/> lists the systems a person
/// active in People v3 must have an account in, by code or schema name (e.g. <c>Graph:Conflicts:RequireAccountIn:0 = zoho</c>);
/// empty by default, so no MISSING_ACCOUNT is reported until a rule says so.
/// </summary>
public sealed class ConflictRules
{
    public const string SectionName = "Graph:Conflicts";

    public List<string> RequireAccountIn { get; init; } = [];

    /// <summary>The rule's systems as registered upstreams; a name no upstream answers to stops the start, saying which.</summary>
    public IReadOnlyList<UpstreamName> Resolve(SourceIdentities sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return RequireAccountIn.Select(name => sources.Find(name) ?? throw new OptionsValidationException(SectionName, typeof(ConflictRules),
            [$"{SectionName}:RequireAccountIn names '{name}', which is no registered upstream; use one of {string.Join(", ", sources.All.Select(s => s.Upstream.Code))}."]))
            .Distinct().ToList();
    }
}
