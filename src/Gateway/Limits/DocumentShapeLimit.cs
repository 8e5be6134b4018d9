using System.Globalization;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>
/// Parses the document once and refuses it, in one pass linear in its size, when it is over the field, alias,
/// fragment, fragment spread or directive caps as written — before GraphQL.NET's validation rules run. Some of those rules
/// compare selections pairwise (overlapping fields, duplicate directives): 15,000 repeated fields cost seconds of
/// CPU there. What passes is handed to the executer already parsed.
/// </summary>
/// <remarks>
/// The caps count the document as written, every operation and fragment included, so they hold whatever
/// operation is selected; the validation rule then counts the selected operation with its fragments expanded.
/// </remarks>
public sealed class DocumentShapeLimit(IOptions<QueryLimitsOptions> options, IDocumentBuilder builder)
{
    /// <summary>
    /// The refusal when the document is over a cap; otherwise null, with <paramref name="document"/> set unless
    /// the query does not parse (the executer then reports why).
    /// </summary>
    public ExecutionResult? Check(string? query, out GraphQLDocument? document)
    {
        document = null;
        if (string.IsNullOrEmpty(query))
            return null;
        try
        {
            document = builder.Build(query);
        }
        catch (Exception e) when (e is GraphQLParserException or GraphQL.Execution.SyntaxError)
        {
            // A syntax error or a document nested past the parser's depth: the executer parses it again to report it.
            return null;
        }

        var limits = options.Value;
        var shape = new DocumentShape();
        foreach (var definition in document.Definitions)
            shape.Add(definition);

        List<ExecutionError> errors = [];
        Over(errors, shape.Fields, limits.MaxFields, QueryLimitError.MaxFieldsExceeded, "The document holds {0} field selections; at most {1} are allowed.");
        Over(errors, shape.FragmentSpreads, limits.MaxFields, QueryLimitError.MaxFieldsExceeded, "The document holds {0} fragment spreads; at most {1} are allowed.");
        Over(errors, shape.Fragments, limits.MaxFragments, QueryLimitError.MaxFragmentsExceeded, "The document defines {0} fragments; at most {1} are allowed.");
        Over(errors, shape.Aliases, limits.MaxAliases, QueryLimitError.MaxAliasesExceeded, "The document uses {0} aliases; at most {1} are allowed.");
        Over(errors, shape.MostDirectivesOnOneNode, limits.MaxDirectivesPerField, QueryLimitError.MaxDirectivesExceeded, "A selection carries {0} directives; at most {1} are allowed per field.");
        Over(errors, shape.MostSelectionsOfOneName, limits.MaxSelectionsPerResponseName, QueryLimitError.MaxRepeatedSelectionsExceeded,
            "A selection set selects one field (or alias) {0} times; at most {1} are allowed.");
        if (errors.Count == 0)
            return null;
        document = null;
        return new ExecutionResult { Errors = [.. errors] };
    }

    private static void Over(List<ExecutionError> errors, int actual, int limit, string code, string format)
    {
        if (actual > limit)
            errors.Add(new QueryLimitError(code, string.Format(CultureInfo.InvariantCulture, format, actual, limit), limit));
    }

    /// <summary>Counts of one document walked once; nesting is bounded by the parser's depth limit.</summary>
    private sealed class DocumentShape
    {
        public int Fields { get; private set; }

        public int Aliases { get; private set; }

        public int FragmentSpreads { get; private set; }

        public int Fragments { get; private set; }

        public int MostDirectivesOnOneNode { get; private set; }

        public int MostSelectionsOfOneName { get; private set; }

        public void Add(ASTNode definition)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    Directives(operation.Directives);
                    SelectionSet(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Fragments++;
                    Directives(fragment.Directives);
                    SelectionSet(fragment.SelectionSet);
                    break;
            }
        }

        // Inline fragments share their parent's response names: validation merges them into one set.
        private void SelectionSet(GraphQLSelectionSet set)
        {
            var names = new Dictionary<ReadOnlyMemory<char>, int>(MemoryComparer.Instance);
            Selections(set, names);
        }

        private void Selections(GraphQLSelectionSet set, Dictionary<ReadOnlyMemory<char>, int> names)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        Fields++;
                        if (field.Alias is not null)
                            Aliases++;
                        Directives(field.Directives);
                        ReadOnlyMemory<char> name = (field.Alias?.Name ?? field.Name).Value;
                        var seen = names.TryGetValue(name, out var count) ? count + 1 : 1;
                        names[name] = seen;
                        MostSelectionsOfOneName = Math.Max(MostSelectionsOfOneName, seen);
                        if (field.SelectionSet is not null)
                            SelectionSet(field.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        FragmentSpreads++;
                        Directives(spread.Directives);
                        break;
                    case GraphQLInlineFragment inline:
                        Directives(inline.Directives);
                        Selections(inline.SelectionSet, names);
                        break;
                }
            }
        }

        private void Directives(GraphQLDirectives? directives) =>
            MostDirectivesOnOneNode = Math.Max(MostDirectivesOnOneNode, directives?.Count ?? 0);
    }

    private sealed class MemoryComparer : IEqualityComparer<ReadOnlyMemory<char>>
    {
        public static readonly MemoryComparer Instance = new();

        public bool Equals(ReadOnlyMemory<char> x, ReadOnlyMemory<char> y) => x.Span.SequenceEqual(y.Span);

        public int GetHashCode(ReadOnlyMemory<char> obj) => string.GetHashCode(obj.Span);
    }
}
