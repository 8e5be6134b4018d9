using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class UnknownTeamErrorType : ErrorObjectType<UnknownTeamError>
{
    public UnknownTeamErrorType() : base("UnknownTeamError", "No Worksection team has this name.")
    {
        Field<NonNullGraphType<StringGraphType>>("team").Description("The team name as given.").Resolve(ctx => ctx.Source.Team);
    }
}
