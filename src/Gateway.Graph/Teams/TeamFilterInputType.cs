using Gateway.Graph.Filtering;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Teams;

public sealed class TeamFilterInputType : FilterInputType<Team>
{
    public TeamFilterInputType()
    {
        Name = "TeamFilterInput";
        Description = "Filters teams, in HotChocolate.Data's shape.";
        String("name", t => t.Name, "The team's name.");
        Enum<TeamKindType, TeamKind>("kind", t => t.Kind, "Company team, client team or People v3 group.");
        EnumOf<SourceSystemType, UpstreamName>("source", t => t.Source, "The upstream the team lives in.");
    }
}
