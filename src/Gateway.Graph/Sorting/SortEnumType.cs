using GraphQL.Types;

namespace Gateway.Graph.Sorting;

/// <summary>Hot Chocolate's <c>SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    /// <summary>Creates the enum.</summary>
    public SortEnumType()
    {
        Name = "SortEnumType";
    }
}
