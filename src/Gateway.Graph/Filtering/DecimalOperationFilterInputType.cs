using System.Globalization;
using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>Hot Chocolate's <c>DecimalOperationFilterInput</c>.</summary>
public sealed class DecimalOperationFilterInputType() : ComparableOperationFilterInputType<DecimalGraphType>("DecimalOperationFilterInput")
{
    internal static Func<decimal?, bool> Predicate(object? input) =>
        ComparableOperations.Predicate(input, "DecimalOperationFilterInput", o => Convert.ToDecimal(o, CultureInfo.InvariantCulture));
}
