using Gateway.Graph.DataLoading;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;

namespace Gateway.Graph.Relay;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Resolves a connection field from a loaded list: paging arguments are checked first, so bad input costs no
    /// upstream call; then <c>where</c>, <c>order</c> and paging apply to what <paramref name="load"/> gives.
    /// </summary>
    public static FieldBuilder<TSource, object> ResolveConnection<TSource, T>(
        this FieldBuilder<TSource, object> field,
        Func<IResolveFieldContext<TSource>, IDataLoaderResult<IEnumerable<T>>> load) =>
        field.Resolve(context =>
        {
            var options = context.PagingOptions();
            PagingArguments.From(context).Validate(options);
            return load(context).Then(items => ConnectionResolver.Resolve(context, items, options));
        });
}
