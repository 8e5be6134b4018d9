using Microsoft.Extensions.DependencyInjection;
using Gateway.Graph.DataLoading;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Graph.Tests.DataLoading;

/// <summary>A small schema whose fields resolve through per-request loaders backed by <see cref="RecordingFetch"/>.</summary>
internal sealed class LoaderTestSchema : Schema
{
    public LoaderTestSchema(IServiceProvider services) : base(services)
    {
        Query = new LoaderTestQuery();
    }
}

internal sealed record Item(int Id);

internal sealed class NamesByIdDataLoader(RecordingFetch fetch) : BatchDataLoader<int, string>(fetch.NamesByIdAsync);

internal sealed class TagsByIdDataLoader(RecordingFetch fetch) : GroupDataLoader<int, string>(fetch.TagsByIdAsync);

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
