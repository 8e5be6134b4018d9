using System.Collections;

namespace Gateway.Graph.Filtering;

/// <summary>
/// Turns one parsed filter input object (GraphQL.NET gives <c>Dictionary&lt;string, object?&gt;</c>) into a predicate:
/// its fields are AND-ed, <c>and</c>/<c>or</c> lists nest, an absent or null object matches everything.
/// </summary>
internal static class OperationPredicate
{
    public static Func<TValue, bool> Build<TValue>(object? input, Func<string, object?, Func<TValue, bool>?> operation)
    {
        if (input is not IEnumerable<KeyValuePair<string, object?>> fields)
        {
            return static _ => true;
        }

        var parts = new List<Func<TValue, bool>>();
        foreach (var (name, value) in fields)
        {
            var part = name switch
            {
                "and" => All(Items(value).Select(item => Build(item, operation)).ToArray()),
                "or" => Any(Items(value).Select(item => Build(item, operation)).ToArray()),
                _ => operation(name, value),
            };
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        return All(parts.ToArray());
    }

    /// <summary>The elements of a parsed list argument; null is an empty list.</summary>
    public static IEnumerable<object?> Items(object? list) =>
        list is IEnumerable items and not string ? items.Cast<object?>() : [];

    private static Func<TValue, bool> All<TValue>(Func<TValue, bool>[] parts) => parts.Length switch
    {
        0 => static _ => true,
        1 => parts[0],
        _ => value => Array.TrueForAll(parts, p => p(value)),
    };

    // An empty `or` list adds no condition, as Hot Chocolate skips empty combinators.
    private static Func<TValue, bool> Any<TValue>(Func<TValue, bool>[] parts) => parts.Length == 0
        ? static _ => true
        : value => Array.Exists(parts, p => p(value));
}
