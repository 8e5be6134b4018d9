using System.Globalization;
using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>Hot Chocolate's <c>IntOperationFilterInput</c>.</summary>
public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<IntGraphType>("IntOperationFilterInput")
{
    internal static Func<int?, bool> Predicate(object? input) =>
        ComparableOperations.Predicate(input, "IntOperationFilterInput", o => Convert.ToInt32(o, CultureInfo.InvariantCulture));
}
