using Gateway.Http.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Http;

/// <summary>
/// Rejects a mutation or subscription sent with GET. It runs with validation, after the operation has been
/// selected and before any resolver, so a GET never has side effects (GraphQL over HTTP §6.4.1).
/// </summary>
public sealed class HttpGetValidationRule : ValidationRuleBase
{
    /// <summary>The rule of plain GraphQL-over-HTTP GETs: queries only.</summary>
    public static HttpGetValidationRule Instance { get; } = new(allowSubscriptions: false);

    /// <summary>The rule of GraphQL over SSE GETs: queries and subscriptions, which have no side effects either.</summary>
    public static HttpGetValidationRule AllowingSubscriptions { get; } = new(allowSubscriptions: true);

    private readonly bool _allowSubscriptions;

    private HttpGetValidationRule(bool allowSubscriptions) => _allowSubscriptions = allowSubscriptions;

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation is not OperationType.Query && !(_allowSubscriptions && context.Operation.Operation is OperationType.Subscription))
            context.ReportError(new HttpMethodValidationError(context.Document.Source, context.Operation));
        return default;
    }
}
