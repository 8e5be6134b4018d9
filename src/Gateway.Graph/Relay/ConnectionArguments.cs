using Gateway.Graph.Filtering;
using Gateway.Graph.Sorting;
using GraphQL.Types;

namespace Gateway.Graph.Relay;

/// <summary>
/// The arguments of a connection field in Hot Chocolate's shape, for <c>FieldBuilder.Arguments(...)</c>:
/// <c>first after last before</c>, and with a filter and sort type also <c>where</c> and <c>order</c>.
/// </summary>
public static class ConnectionArguments
{
    /// <summary><c>first: Int, after: String, last: Int, before: String</c>.</summary>
    public static QueryArgument[] Paging() =>
    [
        new QueryArgument<IntGraphType> { Name = "first", Description = "Returns the first _n_ elements from the list." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Returns the elements in the list that come after the specified cursor." },
        new QueryArgument<IntGraphType> { Name = "last", Description = "Returns the last _n_ elements from the list." },
        new QueryArgument<StringGraphType> { Name = "before", Description = "Returns the elements in the list that come before the specified cursor." },
    ];

    /// <summary>The paging arguments plus <c>where: TFilter</c> and <c>order: [TSort!]</c>.</summary>
    public static QueryArgument[] For<TFilter, TSort>()
        where TFilter : InputObjectGraphType
        where TSort : InputObjectGraphType =>
        [.. Paging(), Where<TFilter>(), Order<TSort>()];

    /// <summary><c>where: TFilter</c>.</summary>
    public static QueryArgument Where<TFilter>()
        where TFilter : InputObjectGraphType =>
        new QueryArgument<TFilter> { Name = "where" };

    /// <summary><c>order: [TSort!]</c>.</summary>
    public static QueryArgument Order<TSort>()
        where TSort : InputObjectGraphType =>
        new QueryArgument<ListGraphType<NonNullGraphType<TSort>>> { Name = "order" };
}
