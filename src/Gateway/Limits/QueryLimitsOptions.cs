using System.ComponentModel.DataAnnotations;

namespace Gateway.Limits;

/// <summary>
/// Caps checked before any resolver runs (section <c>GraphQL:Limits</c>). GraphQL.NET limits nothing by
/// default; these defaults admit every query the frontends send and refuse the shapes in ABUSE-CASES.md.
/// </summary>
public sealed class QueryLimitsOptions
{
    public const string SectionName = "GraphQL:Limits";

    /// <summary>Lexical tokens in the document, counted before parsing.</summary>
    [Range(1, int.MaxValue)]
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Nesting of fields in the selected operation, fragments expanded; introspection's <c>ofType</c> chains do not count.</summary>
    [Range(1, int.MaxValue)]
    public int MaxDepth { get; set; } = 10;

    /// <summary>Aliased fields in the selected operation, fragments expanded.</summary>
    [Range(0, int.MaxValue)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>Fields in the selected operation once every fragment spread is expanded.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFields { get; set; } = 2_000;

    /// <summary>
    /// Times one response name (a field or alias) may be selected in one selection set, inline fragments included.
    /// Validation compares such selections pairwise; real documents repeat a name a few times through fragments.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxSelectionsPerResponseName { get; set; } = 20;

    /// <summary>
    /// Fragment definitions in one document. Validation compares fragments spread side by side pairwise, so
    /// their number costs quadratic time there: 1,600 one-field fragments cost 18 CPU-seconds.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MaxFragments { get; set; } = 50;

    /// <summary>Directives on one field, fragment spread or inline fragment.</summary>
    [Range(0, int.MaxValue)]
    public int MaxDirectivesPerField { get; set; } = 10;

    /// <summary>
    /// Estimated cost, roughly the items a response can hold (see <see cref="ListFieldCost"/>); introspection costs
    /// nothing. A 50-person directory page with teams, projects and their members costs about 28,000.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxCost { get; set; } = 50_000;

    /// <summary>Cost of a list or connection field, which is backed by an upstream list; other fields cost 1.</summary>
    [Range(1, int.MaxValue)]
    public int ListFieldCost { get; set; } = 10;

    /// <summary>Items assumed in a plain list (no <c>first</c>/<c>last</c>) when multiplying the cost of its selection.</summary>
    [Range(1, int.MaxValue)]
    public int AssumedListSize { get; set; } = 10;

    /// <summary>
    /// Errors returned for a document that fails validation; the rest are summed up in one last error. Repeating
    /// a mistake must not make the answer larger than the request.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxValidationErrors { get; set; } = 20;

    /// <summary>How long one operation may run; then it answers <c>EXECUTION_TIMEOUT</c>. Below common client timeouts (30 s).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(25);
}
