using Gateway.Graph.Sorting;

namespace Gateway.Graph.Teams;

public sealed class TeamSortInputType : SortInputType<Team>
{
    public TeamSortInputType()
    {
        Name = "TeamSortInput";
        Description = "Orders teams.";
        Field("name", t => t.Name, "The team's name.");
        Field("kind", t => t.Kind, "The team's kind.");
        Field("source", t => t.Source, "The upstream.");
    }
}
