using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Http.Errors;

/// <summary>
/// A GET selected a mutation or subscription. Reported during validation, so no resolver runs;
/// the endpoint answers 405 with <c>Allow: POST</c> (GraphQL over HTTP §6.4.1).
/// </summary>
public sealed class HttpMethodValidationError : ValidationError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>Creates the error for <paramref name="operation"/>.</summary>
    public HttpMethodValidationError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null!, $"Only query operations may be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.", operation)
    {
        Code = ErrorCode;
    }
}
