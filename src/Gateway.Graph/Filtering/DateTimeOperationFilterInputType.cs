using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>
/// Hot Chocolate's <c>DateTimeOperationFilterInput</c> over the <see cref="Scalars.DateTimeType"/> scalar; values compare as instants.
/// </summary>
public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterInputType<Gateway.Graph.Scalars.DateTimeType>("DateTimeOperationFilterInput")
{
    internal static Func<DateTimeOffset?, bool> Predicate(object? input) =>
        ComparableOperations.Predicate(input, "DateTimeOperationFilterInput", ToInstant);

    // The scalar parses to DateTimeOffset; a DateTime without a kind (a caller passing one directly) is taken as UTC.
    private static DateTimeOffset ToInstant(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime { Kind: DateTimeKind.Unspecified } unspecified => new DateTimeOffset(unspecified, TimeSpan.Zero),
        DateTime dateTime => new DateTimeOffset(dateTime),
        _ => throw new InvalidCastException($"Cannot compare {value.GetType().Name} as a date and time."),
    };
}
