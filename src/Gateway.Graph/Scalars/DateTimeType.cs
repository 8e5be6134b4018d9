using GraphQL.Types;

namespace Gateway.Graph.Scalars;

/// <summary>
/// Hot Chocolate names its ISO-8601 date-time-with-offset scalar <c>DateTime</c>; GraphQL.NET's equivalent is
/// <c>DateTimeOffset</c>. Renamed so queries and generated clients written for Hot Chocolate keep working.
/// </summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "The `DateTime` scalar represents an ISO-8601 compliant date time type.";
    }
}
