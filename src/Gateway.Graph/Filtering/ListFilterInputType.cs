using Gateway.Graph.Relay;
using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>
/// Hot Chocolate's list filter, named after the item filter
/// (<c>SourceAccountFilterInput</c> → <c>ListFilterInputTypeOfSourceAccountFilterInput</c>).
/// </summary>
public sealed class ListFilterInputType<TItemFilter> : InputObjectGraphType
    where TItemFilter : InputObjectGraphType
{
    /// <summary>Creates the input type.</summary>
    public ListFilterInputType()
    {
        Name = "ListFilterInputTypeOf" + GraphTypeNames.Of(typeof(TItemFilter));
        Field<TItemFilter>("all");
        Field<TItemFilter>("none");
        Field<TItemFilter>("some");
        Field<BooleanGraphType>("any");
        OperationDescriptions.Describe(this, "Conditions on the items of a list.");
    }
}

/// <summary>The predicate side of <see cref="ListFilterInputType{TItemFilter}"/>.</summary>
internal static class ListOperations
{
    public static Func<IEnumerable<TItem>?, bool> Predicate<TItem>(object? input, FilterInputType<TItem> itemFilter) =>
        OperationPredicate.Build<IEnumerable<TItem>?>(input, (name, operand) =>
        {
            if (name == "any")
            {
                // any: null adds no condition; a missing list counts as empty.
                return operand is bool wanted ? items => (items?.Any() ?? false) == wanted : null;
            }

            var item = itemFilter.BuildPredicate(operand);
            return name switch
            {
                "all" => items => (items ?? []).All(item),
                "none" => items => !(items ?? []).Any(item),
                _ => items => (items ?? []).Any(item),
            };
        });
}
