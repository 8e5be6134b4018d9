using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>Hot Chocolate's <c>StringOperationFilterInput</c>; comparisons are ordinal, as its in-memory provider.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    /// <summary>The GraphQL name.</summary>
    public const string TypeName = "StringOperationFilterInput";

    /// <summary>Creates the input type.</summary>
    public StringOperationFilterInputType()
    {
        Name = TypeName;
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or");
        Field<StringGraphType>("eq");
        Field<StringGraphType>("neq");
        Field<StringGraphType>("contains");
        Field<StringGraphType>("ncontains");
        Field<ListGraphType<StringGraphType>>("in");
        Field<ListGraphType<StringGraphType>>("nin");
        Field<StringGraphType>("startsWith");
        Field<StringGraphType>("nstartsWith");
        Field<StringGraphType>("endsWith");
        Field<StringGraphType>("nendsWith");
        OperationDescriptions.Describe(this, "Conditions on a string.");
    }

    internal static Func<string?, bool> Predicate(object? input) => OperationPredicate.Build<string?>(input, Operation);

    private static Func<string?, bool> Operation(string name, object? operand)
    {
        switch (name)
        {
            case "eq":
                return v => string.Equals(v, (string?)operand, StringComparison.Ordinal);
            case "neq":
                return v => !string.Equals(v, (string?)operand, StringComparison.Ordinal);
            case "in":
            case "nin":
                var set = OperationPredicate.Items(operand ?? throw FilterError.NullOperand(name, TypeName)).Select(o => (string?)o).ToHashSet(StringComparer.Ordinal);
                var isIn = name == "in";
                return v => set.Contains(v) == isIn;
        }

        var text = operand as string ?? throw FilterError.NullOperand(name, TypeName);

        // A null value contains nothing, so only the negated operations match it (Hot Chocolate's in-memory null checks).
        return name switch
        {
            "contains" => v => v is not null && v.Contains(text, StringComparison.Ordinal),
            "ncontains" => v => v is null || !v.Contains(text, StringComparison.Ordinal),
            "startsWith" => v => v is not null && v.StartsWith(text, StringComparison.Ordinal),
            "nstartsWith" => v => v is null || !v.StartsWith(text, StringComparison.Ordinal),
            "endsWith" => v => v is not null && v.EndsWith(text, StringComparison.Ordinal),
            "nendsWith" => v => v is null || !v.EndsWith(text, StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a string filter operation."),
        };
    }
}
