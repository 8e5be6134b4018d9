using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>
/// Hot Chocolate's <c>DateTime</c> scalar: an ISO-8601 date and time with offset, a <see cref="DateTimeOffset"/> in .NET.
/// GraphQL.NET's own <c>DateTime</c> scalar cannot return <see cref="DateTimeOffset"/> values, and its
/// <c>DateTimeOffset</c> scalar has a name Hot Chocolate clients do not know; use this one for every date field.
/// </summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    /// <summary>Creates the scalar.</summary>
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "The `DateTime` scalar represents an ISO-8601 compliant date time type.";
    }
}
