namespace Gateway.Graph.Relay;

/// <summary>Cuts one page out of an in-memory list, following the Relay cursor connections specification.</summary>
public static class ConnectionBuilder
{
    /// <summary>
    /// Builds the page of <paramref name="items"/> that <paramref name="arguments"/> asks for.
    /// Without <c>first</c> and <c>last</c> the page holds the first <see cref="PagingOptions.DefaultPageSize"/> items.
    /// </summary>
    /// <exception cref="PagingError">An argument is negative, too large, combined with its opposite, or a cursor is not ours.</exception>
    public static Connection<T> Build<T>(IReadOnlyList<T> items, PagingArguments arguments, PagingOptions options)
    {
        arguments.Validate(options);

        // Relay spec, ApplyCursorsToEdges: after and before narrow the list, then first/last take from its ends.
        var start = arguments.After is null ? 0 : (int)Math.Min(ConnectionCursor.Decode(arguments.After, "after") + 1L, items.Count);
        var end = arguments.Before is null ? items.Count : Math.Min(ConnectionCursor.Decode(arguments.Before, "before"), items.Count);
        end = Math.Max(start, end);

        if (arguments.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }
        else
        {
            end = Math.Min(end, start + (arguments.First ?? options.DefaultPageSize));
        }

        var edges = new Edge<T>[end - start];
        var nodes = new T[end - start];
        for (var i = start; i < end; i++)
        {
            edges[i - start] = new Edge<T>(ConnectionCursor.Encode(i), items[i]);
            nodes[i - start] = items[i];
        }

        // An in-memory list knows what lies outside the page, so both flags are exact (as Hot Chocolate's in-memory paging).
        var pageInfo = new PageInfo(
            HasNextPage: end < items.Count,
            HasPreviousPage: start > 0,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, nodes, pageInfo, items.Count);
    }
}
