using GraphQL;
using GraphQLParser.AST;

namespace Gateway.Graph.Sorting;

/// <summary>
/// Reads the <c>order</c> argument with each entry's fields in the order the query wrote them.
/// GraphQL.NET coerces an input object's fields in declaration order, but Hot Chocolate sorts by the fields
/// of one entry in query order (<c>[{ rank: ASC, name: DESC }]</c> is rank, then name), so literal entries are
/// reordered from the document; entries passed as variables keep GraphQL.NET's order.
/// </summary>
internal static class SortArgument
{
    public static object? Read(IResolveFieldContext context, string name)
    {
        if (context.Arguments is not { } arguments || !arguments.TryGetValue(name, out var argument))
        {
            return null;
        }

        if (argument.Value is not IList<object?> entries)
        {
            return argument.Value;
        }

        IReadOnlyList<GraphQLValue> literals = context.FieldAst.Arguments?.ValueFor(name) switch
        {
            GraphQLListValue { Values: { } values } => values,
            GraphQLObjectValue single => [single],
            _ => [],
        };
        if (literals.Count != entries.Count)
        {
            return entries;
        }

        return entries.Select((entry, i) => literals[i] is GraphQLObjectValue literal && entry is IDictionary<string, object?> fields
            ? InQueryOrder(fields, literal)
            : entry).ToList();
    }

    private static List<KeyValuePair<string, object?>> InQueryOrder(IDictionary<string, object?> fields, GraphQLObjectValue literal)
    {
        var queryOrder = (literal.Fields ?? []).Select(f => f.Name.StringValue).ToList();
        return fields.OrderBy(f => queryOrder.IndexOf(f.Key) is var index and >= 0 ? index : int.MaxValue).ToList();
    }
}
