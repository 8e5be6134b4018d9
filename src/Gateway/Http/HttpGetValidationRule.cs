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
    /// <summary>The shared instance; the rule holds no state.</summary>
    public static HttpGetValidationRule Instance { get; } = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new HttpMethodValidationError(context.Document.Source, context.Operation));
        return default;
    }
}
