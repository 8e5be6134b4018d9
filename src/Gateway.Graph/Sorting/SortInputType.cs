using Gateway.Graph.Filtering;
using GraphQL.Types;

namespace Gateway.Graph.Sorting;

/// <summary>
/// A HotChocolate.Data sort input over <typeparamref name="T"/> (name it in the subclass, e.g. <c>PersonSortInput</c>).
/// Each <see cref="Field{TKey}"/> in the subclass constructor adds one <c>SortEnumType</c> field and its key,
/// so the schema and the in-memory sort cannot drift apart.
/// </summary>
public abstract class SortInputType<T> : InputObjectGraphType
{
    private readonly Dictionary<string, Func<IEnumerable<T>, bool, IOrderedEnumerable<T>>> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IOrderedEnumerable<T>, bool, IOrderedEnumerable<T>>> _then = new(StringComparer.Ordinal);

    /// <summary>
    /// A sortable field. Strings compare ordinally, everything else by <see cref="Comparer{T}.Default"/>
    /// (enums by their numeric value); nulls sort first ascending and last descending, as Hot Chocolate's in-memory provider.
    /// </summary>
    protected void Field<TKey>(string name, Func<T, TKey?> key, string description)
    {
        Field<SortEnumType>(name).Description(description);
        var comparer = typeof(TKey) == typeof(string)
            ? (IComparer<TKey?>)(object)StringComparer.Ordinal
            : Comparer<TKey?>.Default;
        _first.Add(name, (items, descending) => descending
            ? items.OrderByDescending(key, comparer)
            : items.OrderBy(key, comparer));
        _then.Add(name, (items, descending) => descending
            ? items.ThenByDescending(key, comparer)
            : items.ThenBy(key, comparer));
    }

    /// <summary>
    /// Sorts by a parsed <c>order</c> argument (a list of objects of this type): by each entry in turn and,
    /// within an entry, by each field in the order GraphQL.NET parsed them. The sort is stable; null or empty leaves the order.
    /// </summary>
    public IEnumerable<T> Apply(IEnumerable<T> items, object? orderArgument)
    {
        IOrderedEnumerable<T>? ordered = null;
        foreach (var entry in OperationPredicate.Items(orderArgument))
        {
            if (entry is not IEnumerable<KeyValuePair<string, object?>> fields)
            {
                continue;
            }

            foreach (var (name, value) in fields)
            {
                if (value is not SortDirection direction)
                {
                    continue;
                }

                var descending = direction == SortDirection.Desc;
                ordered = ordered is null ? _first[name](items, descending) : _then[name](ordered, descending);
            }
        }

        return ordered ?? items;
    }
}
