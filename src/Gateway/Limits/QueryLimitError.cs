using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Limits;

/// <summary>A document over one of the <see cref="QueryLimitsOptions"/> caps; <c>extensions.limit</c> holds the cap.</summary>
public sealed class QueryLimitError : ValidationError
{
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxRepeatedSelectionsExceeded = "MAX_REPEATED_SELECTIONS_EXCEEDED";
    public const string MaxFragmentsExceeded = "MAX_FRAGMENTS_EXCEEDED";
    public const string MaxDirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";
    public const string CostExceeded = "COST_EXCEEDED";

    /// <summary>Creates the error located at <paramref name="node"/>.</summary>
    public QueryLimitError(ROM source, ASTNode node, string code, string message, int limit)
        : base(source, null!, message, node)
    {
        Code = code;
        Extensions = new Dictionary<string, object?> { ["limit"] = limit };
    }

    /// <summary>Creates an error found before parsing, which has no location.</summary>
    public QueryLimitError(string code, string message, int limit)
        : base(message)
    {
        Code = code;
        Extensions = new Dictionary<string, object?> { ["limit"] = limit };
    }
}
