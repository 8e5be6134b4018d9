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
        var test = ObjectPredicate(input);
        return v => test(v);
    }

    // Enum values compare by Equals, boxed CLR enums and value objects alike.
    internal static Func<object?, bool> ObjectPredicate(object? input)
    {
        var typeName = GraphTypeNames.Of(typeof(TEnumGraphType)) + "OperationFilterInput";
        return OperationPredicate.Build<object?>(input, (name, operand) =>
        {
            switch (name)
            {
                case "eq":
                    return v => Equals(v, operand);
                case "neq":
                    return v => !Equals(v, operand);
                default:
                    var set = OperationPredicate.Items(operand ?? throw FilterError.NullOperand(name, typeName)).ToHashSet();
                    var isIn = name == "in";
                    return v => v is not null ? set.Contains(v) == isIn : !isIn;
            }
        });
    }
}
