using Gateway.Graph.Filtering;
using Gateway.Graph.Sorting;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Graph.Relay;

/// <summary>Applies a connection field's <c>where</c>, then <c>order</c>, then paging to an in-memory list.</summary>
public static class ConnectionResolver
{
    /// <summary>
    /// Filters, sorts and pages <paramref name="items"/> with the field's arguments, using the filter and sort
    /// input types the field's <c>where</c> and <c>order</c> arguments are declared with (none when absent).
    /// </summary>
    /// <exception cref="PagingError">Invalid paging arguments.</exception>
    /// <exception cref="FilterError">An invalid <c>where</c> argument.</exception>
    public static Connection<T> Resolve<T>(IResolveFieldContext context, IEnumerable<T> items, PagingOptions options) =>
        Prepare<T>(context, options)(items);

    /// <summary>Filters with <paramref name="filter"/>, sorts with <paramref name="sort"/>, then pages.</summary>
    /// <exception cref="PagingError">Invalid paging arguments.</exception>
    /// <exception cref="FilterError">An invalid <c>where</c> argument.</exception>
    public static Connection<T> Resolve<T>(
        IResolveFieldContext context,
        IEnumerable<T> items,
        FilterInputType<T>? filter,
        SortInputType<T>? sort,
        PagingOptions options) =>
        Prepare(context, filter, sort, options)(items);

    /// <summary>
    /// Reads and checks the field's arguments now and returns the function that pages a list later,
    /// so invalid input fails before anything is loaded: <c>loader.LoadAsync(key).Then(Prepare&lt;Person&gt;(ctx, options))</c>.
    /// Filter and sort types come from the field's <c>where</c> and <c>order</c> arguments.
    /// </summary>
    /// <exception cref="PagingError">Invalid paging arguments.</exception>
    /// <exception cref="FilterError">An invalid <c>where</c> argument.</exception>
    public static Func<IEnumerable<T>, Connection<T>> Prepare<T>(IResolveFieldContext context, PagingOptions options) =>
        Prepare(context, DeclaredType<FilterInputType<T>>(context, "where"), DeclaredType<SortInputType<T>>(context, "order"), options);

    /// <inheritdoc cref="Prepare{T}(IResolveFieldContext, PagingOptions)"/>
    public static Func<IEnumerable<T>, Connection<T>> Prepare<T>(
        IResolveFieldContext context,
        FilterInputType<T>? filter,
        SortInputType<T>? sort,
        PagingOptions options)
    {
        var paging = PagingArguments.From(context);
        paging.Validate(options);
        var where = ArgumentValue(context, "where");
        var predicate = filter is not null && where is not null ? filter.BuildPredicate(where) : null;
        var order = sort is not null ? SortArgument.Read(context, "order") : null;

        return items =>
        {
            if (predicate is not null)
            {
                items = items.Where(predicate);
            }

            if (sort is not null)
            {
                items = sort.Apply(items, order);
            }

            return ConnectionBuilder.Build(items.ToList(), paging, options);
        };
    }

    private static object? ArgumentValue(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static TType? DeclaredType<TType>(IResolveFieldContext context, string name)
        where TType : class
    {
        var declared = context.FieldDefinition.Arguments?.Find(name)?.ResolvedType?.GetNamedType();
        return declared switch
        {
            null => null,
            TType type => type,
            _ => throw new InvalidOperationException(
                $"Argument `{name}` of field `{context.FieldDefinition.Name}` is a {declared.Name}, which does not apply to {typeof(TType).GenericTypeArguments[0].Name}."),
        };
    }
}
