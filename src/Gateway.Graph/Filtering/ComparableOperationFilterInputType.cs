using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>
/// Hot Chocolate's comparable operation inputs (<c>eq neq in nin gt ngt gte ngte lt nlt lte nlte</c>) over one scalar.
/// </summary>
public abstract class ComparableOperationFilterInputType<TScalarGraphType> : InputObjectGraphType
    where TScalarGraphType : ScalarGraphType
{
    /// <summary>Creates the input type named <paramref name="name"/>.</summary>
    protected ComparableOperationFilterInputType(string name)
    {
        Name = name;
        Field<TScalarGraphType>("eq");
        Field<TScalarGraphType>("neq");
        Field<ListGraphType<TScalarGraphType>>("in");
        Field<ListGraphType<TScalarGraphType>>("nin");
        Field<TScalarGraphType>("gt");
        Field<TScalarGraphType>("ngt");
        Field<TScalarGraphType>("gte");
        Field<TScalarGraphType>("ngte");
        Field<TScalarGraphType>("lt");
        Field<TScalarGraphType>("nlt");
        Field<TScalarGraphType>("lte");
        Field<TScalarGraphType>("nlte");
        OperationDescriptions.Describe(this, "Conditions on a comparable value.");
    }
}

/// <summary>The predicate side of <see cref="ComparableOperationFilterInputType{TScalarGraphType}"/>.</summary>
internal static class ComparableOperations
{
    /// <summary>
    /// A null value equals only a null operand and is neither greater nor less than anything, so only the
    /// negated comparisons match it (C#'s lifted operators, which Hot Chocolate's in-memory provider compiles to).
    /// </summary>
    public static Func<TValue?, bool> Predicate<TValue>(object? input, string typeName, Func<object, TValue> convert)
        where TValue : struct, IComparable<TValue> =>
        OperationPredicate.Build<TValue?>(input, (name, operand) =>
        {
            if (name is "eq" or "neq")
            {
                TValue? expected = operand is null ? null : convert(operand);
                var equal = name == "eq";
                return v => Nullable.Equals(v, expected) == equal;
            }

            if (operand is null)
            {
                throw FilterError.NullOperand(name, typeName);
            }

            if (name is "in" or "nin")
            {
                var set = OperationPredicate.Items(operand).Select(o => o is null ? (TValue?)null : convert(o)).ToHashSet();
                var isIn = name == "in";
                return v => set.Contains(v) == isIn;
            }

            // Hot Chocolate's `n` prefix negates an operation: ngt is "not greater than".
            var negated = name[0] == 'n';
            var bound = convert(operand);
            Func<int, bool> test = (negated ? name[1..] : name) switch
            {
                "gt" => c => c > 0,
                "gte" => c => c >= 0,
                "lt" => c => c < 0,
                "lte" => c => c <= 0,
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a comparable filter operation."),
            };
            return v => (v is { } value && test(value.CompareTo(bound))) != negated;
        });
}
