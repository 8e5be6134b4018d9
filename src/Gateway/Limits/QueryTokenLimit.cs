using GraphQL;
using GraphQLParser;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>
/// Counts lexical tokens before the document is parsed: lexing is linear and allocation-free, while parsing
/// a huge document builds its whole syntax tree first. A lexical error is left to the parser to report.
/// </summary>
public sealed class QueryTokenLimit(IOptions<QueryLimitsOptions> options)
{
    /// <summary>The refusal when <paramref name="query"/> has more tokens than allowed; otherwise null.</summary>
    public ExecutionResult? Check(string? query)
    {
        if (string.IsNullOrEmpty(query))
            return null;
        var limit = options.Value.MaxTokens;
        var source = new ROM(query.AsMemory());
        var count = 0;
        try
        {
            for (var token = Lexer.Lex(source, 0); token.Kind != TokenKind.EOF; token = Lexer.Lex(source, token.End))
            {
                if (++count > limit)
                    return Refuse(limit);
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
        return null;
    }

    private static ExecutionResult Refuse(int limit)
    {
        var error = new QueryLimitError(QueryLimitError.MaxTokensExceeded, $"The document has more than {limit} tokens; at most {limit} are allowed.", limit);
        return new ExecutionResult { Errors = [error] };
    }
}
