using GraphQL.Types;

namespace Gateway.Graph.Relay;

/// <summary>A Relay edge, named after its node type (<c>Person</c> → <c>PersonEdge</c>).</summary>
public sealed class EdgeType<TNodeGraphType, T> : ObjectGraphType<Edge<T>>
    where TNodeGraphType : IGraphType
{
    /// <summary>Creates the edge type.</summary>
    public EdgeType()
    {
        Name = GraphTypeNames.Of(typeof(TNodeGraphType)) + "Edge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("A cursor for use in pagination.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node")
            .Description("The item at the end of the edge.")
            .Resolve(ctx => ctx.Source.Node);
    }
}
