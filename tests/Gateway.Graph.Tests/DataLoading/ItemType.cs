using Gateway.Graph.DataLoading;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.Tests.DataLoading;

internal sealed class ItemType : ObjectGraphType<Item>
{
    public ItemType()
    {
        Name = "Item";
        Field(x => x.Id);
        Field<StringGraphType, string?>("name")
            .ResolveWith((IResolveFieldContext<Item> ctx, NamesByIdDataLoader names) => names.LoadAsync(ctx.Source.Id));
        Field<StringGraphType, string?>("shout")
            .ResolveWith((IResolveFieldContext<Item> ctx, NamesByIdDataLoader names) => names.LoadAsync(ctx.Source.Id).Then(n => n?.ToUpperInvariant()));
        Field<ListGraphType<StringGraphType>, string[]>("tagsOfNameLength")
            .ResolveWith((IResolveFieldContext<Item> ctx, NamesByIdDataLoader names) =>
                names.LoadAsync(ctx.Source.Id).Then(n => ctx.RequestServices!.GetRequiredService<TagsByIdDataLoader>().LoadAsync(n!.Length)));
        Field<ItemType, Item>("friend")
            .ResolveWith((IResolveFieldContext<Item> ctx, NamesByIdDataLoader names) => names.LoadAsync(ctx.Source.Id).Then(_ => new Item(ctx.Source.Id + 100)));
        Field<ItemType, Item>("twin").Resolve(ctx => new Item(ctx.Source.Id + 100));
    }
}
