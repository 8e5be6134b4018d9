using Gateway.Graph.Relay;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Tests.Relay.TestGraph;

public sealed class TestQuery : ObjectGraphType
{
    private static readonly TestItemFilterInput Filter = new();
    private static readonly TestItemSortInput Sort = new();

    public TestQuery(IOptions<PagingOptions> paging, TestItemSource source)
    {
        Name = "Query";
        Field<ConnectionType<TestItemType, TestItem>>("items")
            .Arguments(ConnectionArguments.For<TestItemFilterInput, TestItemSortInput>())
            .Resolve(ctx => ConnectionResolver.Resolve(ctx, TestItems.All, paging.Value));
        Field<ConnectionType<TestItemType, TestItem>>("itemsLater")
            .Arguments(ConnectionArguments.For<TestItemFilterInput, TestItemSortInput>())
            .ResolveAsync(async ctx =>
            {
                await Task.Yield();
                return ConnectionResolver.Resolve(ctx, TestItems.All, Filter, Sort, paging.Value);
            });
        Field<ConnectionType<TestItemType, TestItem>>("loadedItems")
            .Arguments(ConnectionArguments.For<TestItemFilterInput, TestItemSortInput>())
            .ResolveAsync(async ctx =>
            {
                var page = ConnectionResolver.Prepare<TestItem>(ctx, paging.Value);
                return page(await source.LoadAsync());
            });
        Field<ConnectionType<TestItemType, TestItem>>("noItems")
            .Arguments(ConnectionArguments.Paging())
            .Resolve(ctx => ConnectionResolver.Resolve(ctx, Array.Empty<TestItem>(), paging.Value));
        Field<NodeInterfaceType>("node")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => GlobalId.TryParse(ctx.GetArgument<string>("id"), out var type, out var key) && type == "TestItem"
                ? TestItems.All.FirstOrDefault(i => i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == key)
                : null);
    }
}
