using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Graph.DataLoading;

/// <summary>
/// Lets a field declare the load it will need, and a root field start, once its arguments are valid, every load its
/// selection declares. A load is otherwise started only when execution reaches the first field that needs it, so the
/// team and project lists under <c>people { nodes { ... } }</c> waited for the people lists: one upstream round-trip
/// more on the critical path, though neither depends on the other. The selection is walked with its types (fragments
/// included), so a declaration belongs to one field of one type; a field under a false <c>@include</c> may start a load
/// that is then not used, which costs a call, never an answer.
/// </summary>
public static class SelectionPrefetch
{
    private const string MetadataKey = "Gateway.Prefetch";

    /// <summary>Declares that resolving this field loads <paramref name="load"/>, so a root field selecting it starts that load up front.</summary>
    public static FieldBuilder<TSource, TReturn> Prefetches<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext, IDataLoaderResult> load)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(load);
        field.FieldType.Metadata[MetadataKey] = load;
        return field;
    }

    /// <summary>Starts every load declared by a field in the selection of <paramref name="context"/>'s field.</summary>
    public static void StartFor(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.FieldAst.SelectionSet is null || context.FieldDefinition.ResolvedType?.GetNamedType() is not IComplexGraphType type) return;
        foreach (var load in DeclaredLoads(context, type, context.FieldAst.SelectionSet))
        {
            // The load runs on and the field that needs it later gets the same cached result, where a failure is
            // reported; here it is only observed.
            _ = load(context).GetResultAsync(context.CancellationToken)
                .ContinueWith(static task => _ = task.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
        }
    }

    // Each declaring field once, however often and wherever the selection names it.
    private static HashSet<Func<IResolveFieldContext, IDataLoaderResult>> DeclaredLoads(IResolveFieldContext context, IComplexGraphType root, GraphQLSelectionSet selection)
    {
        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
        var loads = new HashSet<Func<IResolveFieldContext, IDataLoaderResult>>();
        var visited = new HashSet<(GraphQLSelectionSet, IComplexGraphType)>();
        var pending = new Stack<(GraphQLSelectionSet Set, IComplexGraphType Type)>([(selection, root)]);
        while (pending.TryPop(out var item))
        {
            if (!visited.Add(item)) continue;
            foreach (var node in item.Set.Selections)
            {
                switch (node)
                {
                    case GraphQLField field when item.Type.GetField(field.Name.StringValue) is { } definition:
                        if (definition.Metadata.TryGetValue(MetadataKey, out var declared) && declared is Func<IResolveFieldContext, IDataLoaderResult> load)
                            loads.Add(load);
                        if (field.SelectionSet is not null && definition.ResolvedType?.GetNamedType() is IComplexGraphType fieldType)
                            pending.Push((field.SelectionSet, fieldType));
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push((inline.SelectionSet, TypeOf(context, inline.TypeCondition) ?? item.Type));
                        break;
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        pending.Push((fragment.SelectionSet, TypeOf(context, fragment.TypeCondition) ?? item.Type));
                        break;
                }
            }
        }

        return loads;
    }

    private static IComplexGraphType? TypeOf(IResolveFieldContext context, GraphQLTypeCondition? condition) =>
        condition is null ? null : context.Schema.AllTypes[condition.Type.Name.StringValue] as IComplexGraphType;
}
