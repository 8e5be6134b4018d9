using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>Hot Chocolate's <c>BooleanOperationFilterInput</c>.</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    /// <summary>Creates the input type.</summary>
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Field<BooleanGraphType>("eq");
        Field<BooleanGraphType>("neq");
        OperationDescriptions.Describe(this, "Conditions on a boolean.");
    }

    internal static Func<bool?, bool> Predicate(object? input) => OperationPredicate.Build<bool?>(input, static (name, operand) =>
    {
        var expected = (bool?)operand;
        return name == "eq" ? v => v == expected : v => v != expected;
    });
}
