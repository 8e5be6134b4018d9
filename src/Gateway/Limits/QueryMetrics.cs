namespace Gateway.Limits;

/// <summary>
/// What one selection costs once its fragments are expanded. Counts are doubles so that a fragment bomb's
/// exponential totals saturate instead of overflowing.
/// </summary>
internal readonly record struct QueryMetrics(double Fields, double Aliases, int Depth, double Cost, int MaxDirectives)
{
    public static QueryMetrics Zero => default;

    /// <summary>Siblings: counts add up, depth and directives take the larger.</summary>
    public QueryMetrics Plus(QueryMetrics other) => new(
        Fields + other.Fields,
        Aliases + other.Aliases,
        Math.Max(Depth, other.Depth),
        Cost + other.Cost,
        Math.Max(MaxDirectives, other.MaxDirectives));
}
