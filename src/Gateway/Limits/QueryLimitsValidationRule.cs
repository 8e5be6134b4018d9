using System.Globalization;
using Gateway.Graph.Relay;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>
/// Refuses an operation over the depth, alias, field, directive or cost caps during validation, so no
/// resolver runs and no upstream is called. Every cap that is exceeded is reported, each with its code.
/// </summary>
public sealed class QueryLimitsValidationRule(IOptions<QueryLimitsOptions> options, IOptions<PagingOptions> paging) : ValidationRuleBase
{
    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var operation = context.Operation;
        var metrics = new QueryMetricsCalculator(context.Schema, context.Document, context.Variables, limits, paging.Value.DefaultPageSize)
            .Measure(operation);

        Check(context, operation, metrics.Depth, limits.MaxDepth, QueryLimitError.MaxDepthExceeded, "The operation is {0} levels deep; the maximum depth is {1}.");
        Check(context, operation, metrics.Aliases, limits.MaxAliases, QueryLimitError.MaxAliasesExceeded, "The operation uses {0} aliases; at most {1} are allowed.");
        Check(context, operation, metrics.Fields, limits.MaxFields, QueryLimitError.MaxFieldsExceeded, "The operation selects {0} fields once fragments are expanded; at most {1} are allowed.");
        Check(context, operation, metrics.MaxDirectives, limits.MaxDirectivesPerField, QueryLimitError.MaxDirectivesExceeded, "A selection carries {0} directives; at most {1} are allowed per field.");
        Check(context, operation, metrics.Cost, limits.MaxCost, QueryLimitError.CostExceeded, "The operation's estimated cost is {0}; the maximum cost is {1}.");
        return default;
    }

    private static void Check(ValidationContext context, GraphQLOperationDefinition operation, double actual, int limit, string code, string format)
    {
        if (actual <= limit)
            return;
        var shown = actual >= 1e15 ? "more than 10^15" : actual.ToString("0", CultureInfo.InvariantCulture);
        var message = string.Format(CultureInfo.InvariantCulture, format, shown, limit);
        context.ReportError(new QueryLimitError(context.Document.Source, operation, code, message, limit));
    }
}
