using Gateway.Graph.Relay;
using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>Hot Chocolate's enum operation input, named after the enum (<c>SourceSystem</c> → <c>SourceSystemOperationFilterInput</c>).</summary>
public sealed class EnumOperationFilterInputType<TEnumGraphType> : InputObjectGraphType
    where TEnumGraphType : EnumerationGraphType
{
    /// <summary>Creates the input type.</summary>
    public EnumOperationFilterInputType()
    {
        Name = GraphTypeNames.Of(typeof(TEnumGraphType)) + "OperationFilterInput";
        Field<TEnumGraphType>("eq");
        Field<TEnumGraphType>("neq");
        Field<ListGraphType<TEnumGraphType>>("in");
        Field<ListGraphType<TEnumGraphType>>("nin");
        OperationDescriptions.Describe(this, "Conditions on an enum value.");
    }

    internal static Func<TEnum?, bool> Predicate<TEnum>(object? input)
        where TEnum : struct, Enum
    {
        var typeName = GraphTypeNames.Of(typeof(TEnumGraphType)) + "OperationFilterInput";
        return OperationPredicate.Build<TEnum?>(input, (name, operand) =>
        {
            switch (name)
            {
                case "eq":
                    return v => Nullable.Equals(v, (TEnum?)operand);
                case "neq":
                    return v => !Nullable.Equals(v, (TEnum?)operand);
                default:
                    var set = OperationPredicate.Items(operand ?? throw FilterError.NullOperand(name, typeName))
                        .Select(o => (TEnum?)o).ToHashSet();
                    var isIn = name == "in";
                    return v => set.Contains(v) == isIn;
            }
        });
    }
}
