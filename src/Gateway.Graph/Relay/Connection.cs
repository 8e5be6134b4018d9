namespace Gateway.Graph.Relay;

/// <summary>One page of a Relay connection.</summary>
/// <param name="Edges">The page's items with their cursors.</param>
/// <param name="Nodes">The page's items.</param>
/// <param name="PageInfo">Where the page sits in the whole list.</param>
/// <param name="TotalCount">The number of items after filtering, before paging.</param>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, IReadOnlyList<T> Nodes, PageInfo PageInfo, int TotalCount);

/// <summary>An item of a connection page and the cursor that points at it.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Relay's page information.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
