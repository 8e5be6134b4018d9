using Gateway.Graph.DataLoading;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Graph.Tests.DataLoading;

internal sealed class LoaderTestQuery : ObjectGraphType
{
    public LoaderTestQuery()
    {
        Name = "Query";
        Field<StringGraphType, string?>("name")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveWith((IResolveFieldContext<object?> ctx, NamesByIdDataLoader names) => names.LoadAsync(ctx.GetArgument<int>("id")));
        Field<ListGraphType<ItemType>, IEnumerable<Item>>("items")
            .Argument<IntGraphType>("count")
            .Resolve(ctx => Enumerable.Range(1, ctx.GetArgument("count", 50)).Select(id => new Item(id)));
    }
}
