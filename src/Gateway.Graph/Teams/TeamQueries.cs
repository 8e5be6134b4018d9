using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Relay;

namespace Gateway.Graph.Teams;

public sealed class TeamQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<ConnectionType<TeamType, Team>>("teams")
            .Description("Worksection teams and People v3 groups.")
            .Arguments(ConnectionArguments.For<TeamFilterInputType, TeamSortInputType>())
            .ResolveConnection(ctx => ctx.Loader<TeamDirectoryDataLoader>().LoadAsync().Then(teams => (IEnumerable<Team>)ctx.Unwrap(teams).All));

        query.Field<TeamType>("team")
            .Description("A team by global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The team's global id.")
            .Resolve(ctx =>
            {
                var key = ctx.GlobalIdKey("id", TeamType.TypeName);
                SelectionPrefetch.StartFor(ctx);
                return ctx.Loader<TeamDirectoryDataLoader>().LoadForKey(key).Then(teams => ctx.Unwrap(teams).Find(key));
            });
    }
}
