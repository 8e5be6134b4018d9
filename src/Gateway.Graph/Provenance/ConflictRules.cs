using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>
/// Configurable conflict rules, bound from <c>Graph:Conflicts</c>. <see cref="RequireAccountIn"/> lists the systems a person
/// active in People v3 must have an account in (e.g. <c>Graph:Conflicts:RequireAccountIn:0 = ZohoProjects</c>); empty by
/// default, so no MISSING_ACCOUNT is reported until a rule says so.
/// </summary>
public sealed class ConflictRules
{
    public const string SectionName = "Graph:Conflicts";

    public List<UpstreamName> RequireAccountIn { get; set; } = [];
}
