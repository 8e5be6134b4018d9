using GraphQL.Types;

namespace Gateway.Graph.Teams;

public sealed class TeamKindType : EnumerationGraphType<TeamKind>
{
    public TeamKindType()
    {
        Name = "TeamKind";
        Description = "What kind of team this is.";
    }
}
