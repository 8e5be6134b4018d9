using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Relay;

/// <summary>
/// A Relay connection in Hot Chocolate's shape, named after its node type (<c>Person</c> → <c>PersonConnection</c>).
/// </summary>
public sealed class ConnectionType<TNodeGraphType, T> : ObjectGraphType<Connection<T>>
    where TNodeGraphType : IGraphType
{
    /// <summary>Creates the connection type with <c>totalCount</c>.</summary>
    public ConnectionType()
        : this(Options.Create(new PagingOptions()))
    {
    }

    /// <summary>Creates the connection type; <c>totalCount</c> only when <see cref="PagingOptions.IncludeTotalCount"/>.</summary>
    public ConnectionType(IOptions<PagingOptions> options)
    {
        Name = GraphTypeNames.Of(typeof(TNodeGraphType)) + "Connection";
        Description = "A connection to a list of items.";
        Field<ListGraphType<NonNullGraphType<EdgeType<TNodeGraphType, T>>>>("edges")
            .Description("A list of edges.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraphType>>>("nodes")
            .Description("A flattened list of the nodes.")
            .Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to aid in pagination.")
            .Resolve(ctx => ctx.Source.PageInfo);
        if (options.Value.IncludeTotalCount)
        {
            Field<NonNullGraphType<IntGraphType>>("totalCount")
                .Description("Identifies the total count of items in the connection.")
                .Resolve(ctx => ctx.Source.TotalCount);
        }
    }
}
