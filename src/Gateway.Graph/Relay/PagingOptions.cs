using System.ComponentModel.DataAnnotations;

namespace Gateway.Graph.Relay;

/// <summary>Connection paging limits, bound from <c>Graph:Paging</c>; Hot Chocolate's defaults.</summary>
public sealed class PagingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Graph:Paging";

    /// <summary>Page size when a query gives neither <c>first</c> nor <c>last</c>.</summary>
    [Range(1, int.MaxValue)]
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c> or <c>last</c> a query may ask for.</summary>
    [Range(1, int.MaxValue)]
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Whether connection types expose <c>totalCount</c>.</summary>
    public bool IncludeTotalCount { get; set; } = true;
}
