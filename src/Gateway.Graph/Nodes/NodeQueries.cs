using GraphQL;
using GraphQL.Types;
using Gateway.Graph.Relay;

namespace Gateway.Graph.Nodes;

public sealed class NodeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches an object by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id returned by this gateway.")
            .Resolve(ctx => NodeResolver.Resolve(ctx, ctx.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description("Fetches objects by their global ids, in order; an id with no object gives null.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids returned by this gateway.")
            .Resolve(ctx => NodeResolver.ResolveMany(ctx, ctx.GetArgument<List<string>>("ids")));
    }
}
