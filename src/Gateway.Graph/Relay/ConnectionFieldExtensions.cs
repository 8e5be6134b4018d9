using Gateway.Graph.DataLoading;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;

namespace Gateway.Graph.Relay;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Resolves a connection field from a loaded list: paging and filter arguments are checked first, so bad input costs no
    /// upstream call; then <c>where</c>, <c>order</c> and paging apply to what <paramref name="load"/> gives.
    /// </summary>
    public static FieldBuilder<TSource, object> ResolveConnection<TSource, T>(
        this FieldBuilder<TSource, object> field,
        Func<IResolveFieldContext<TSource>, IDataLoaderResult<IEnumerable<T>>> load) =>
        field.Resolve(context =>
        {
            var page = ConnectionResolver.Prepare<T>(context, context.PagingOptions());
            SelectionPrefetch.StartFor(context);
            return load(context).Then(items => page(items));
        });
}
