namespace Gateway.Graph.Sorting;

/// <summary>The values of <c>SortEnumType</c>.</summary>
public enum SortDirection
{
    /// <summary>Smallest first; nulls first.</summary>
    Asc,

    /// <summary>Largest first; nulls last.</summary>
    Desc,
}
