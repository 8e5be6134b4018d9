using GraphQL.Types;

namespace Gateway.Graph.Relay;

/// <summary>Relay's <c>PageInfo</c> type.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    /// <summary>Creates the <c>PageInfo</c> type.</summary>
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("Indicates whether more edges exist following the set defined by the clients arguments.")
            .Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Indicates whether more edges exist prior the set defined by the clients arguments.")
            .Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("When paginating backwards, the cursor to continue.")
            .Resolve(ctx => ctx.Source.StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("When paginating forwards, the cursor to continue.")
            .Resolve(ctx => ctx.Source.EndCursor);
    }
}
