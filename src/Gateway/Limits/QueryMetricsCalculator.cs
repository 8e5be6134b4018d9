using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Limits;

/// <summary>
/// Measures the selected operation with every fragment expanded. Each named fragment is measured once and
/// memoized, so nested reused fragments cost time linear in the document, whatever they would expand to;
/// a fragment cycle (reported by GraphQL.NET's own rule) counts as nothing.
/// </summary>
internal sealed class QueryMetricsCalculator(ISchema schema, GraphQLDocument document, IReadOnlyDictionary<string, object?>? variables, QueryLimitsOptions limits, int defaultPageSize)
{
    private readonly Dictionary<(string, bool), QueryMetrics> _fragments = [];
    private readonly HashSet<string> _expanding = [];

    public QueryMetrics Measure(GraphQLOperationDefinition operation)
    {
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        return Measure(operation.SelectionSet, root, introspection: false, directives: 0);
    }

    private QueryMetrics Measure(GraphQLSelectionSet set, IGraphType? parent, bool introspection, int directives)
    {
        var total = QueryMetrics.Zero with { MaxDirectives = directives };
        foreach (var selection in set.Selections)
        {
            total = total.Plus(selection switch
            {
                GraphQLField field => MeasureField(field, parent, introspection),
                GraphQLInlineFragment inline => Measure(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, introspection, Count(inline.Directives)),
                GraphQLFragmentSpread spread => MeasureSpread(spread, introspection),
                _ => QueryMetrics.Zero,
            });
        }
        return total;
    }

    private QueryMetrics MeasureField(GraphQLField field, IGraphType? parent, bool introspection)
    {
        var name = field.Name.StringValue;
        var inIntrospection = introspection || name.StartsWith("__", StringComparison.Ordinal);
        var type = FieldType(parent, name);
        var named = type?.GetNamedType();
        var child = field.SelectionSet is null ? QueryMetrics.Zero : Measure(field.SelectionSet, named, inIntrospection, 0);

        var (cost, multiplier) = inIntrospection ? (0d, 0d) : CostOf(field, parent, type, named);
        // Introspection's type references nest through ofType; the standard introspection query must pass.
        var depth = inIntrospection && name == "ofType" ? 0 : 1;
        return new QueryMetrics(
            1 + child.Fields,
            (field.Alias is null ? 0 : 1) + child.Aliases,
            depth + child.Depth,
            cost + multiplier * child.Cost,
            Math.Max(Count(field.Directives), child.MaxDirectives));
    }

    // A list or connection is an upstream list: it costs more and multiplies what is selected in each item.
    // A connection's nodes/edges were already multiplied by the connection's page size.
    private (double Cost, double Multiplier) CostOf(GraphQLField field, IGraphType? parent, IGraphType? type, IGraphType? named)
    {
        if (parent?.Name.EndsWith("Connection", StringComparison.Ordinal) == true)
            return (1, 1);
        if (named?.Name.EndsWith("Connection", StringComparison.Ordinal) == true)
            return (limits.ListFieldCost, PageSize(field) ?? defaultPageSize);
        var unwrapped = type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
        if (unwrapped is ListGraphType)
            return (limits.ListFieldCost, PageSize(field) ?? limits.AssumedListSize);
        return (1, 1);
    }

    private QueryMetrics MeasureSpread(GraphQLFragmentSpread spread, bool introspection)
    {
        var name = spread.FragmentName.Name.StringValue;
        var directives = Count(spread.Directives);
        if (_fragments.TryGetValue((name, introspection), out var known))
            return known with { MaxDirectives = Math.Max(known.MaxDirectives, directives) };
        var definition = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
        if (definition is null || !_expanding.Add(name))
            return QueryMetrics.Zero with { MaxDirectives = directives };
        var measured = Measure(definition.SelectionSet, TypeOf(definition.TypeCondition), introspection, Count(definition.Directives));
        _expanding.Remove(name);
        _fragments[(name, introspection)] = measured;
        return measured with { MaxDirectives = Math.Max(measured.MaxDirectives, directives) };
    }

    private int? PageSize(GraphQLField field)
    {
        var argument = field.Arguments?.FirstOrDefault(a => a.Name.StringValue is "first" or "last");
        return argument?.Value switch
        {
            GraphQLIntValue literal when int.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => Math.Max(n, 1),
            GraphQLVariable variable when variables?.TryGetValue(variable.Name.StringValue, out var value) == true => AsCount(value),
            _ => null,
        };
    }

    // A variable of the wrong type is refused by variable validation; here it only must not throw.
    private static int? AsCount(object? value) => value switch
    {
        int n => Math.Max(n, 1),
        long n => (int)Math.Clamp(n, 1, int.MaxValue),
        double n when !double.IsNaN(n) => (int)Math.Clamp(n, 1, int.MaxValue),
        _ => null,
    };

    private IGraphType? FieldType(IGraphType? parent, string name) => name switch
    {
        "__schema" => schema.AllTypes["__Schema"],
        "__type" => schema.AllTypes["__Type"],
        _ => (parent as IComplexGraphType)?.GetField(name)?.ResolvedType,
    };

    private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue];

    private static int Count(GraphQLDirectives? directives) => directives?.Count ?? 0;
}
