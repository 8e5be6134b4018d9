using GraphQL;
using GraphQLParser.AST;
using Gateway.Graph.People;
using Gateway.Graph.Projects;
using Gateway.Graph.Sources.PeopleV3;
using Gateway.Graph.Teams;

namespace Gateway.Graph.DataLoading;

/// <summary>
/// Starts the snapshots a root field's selection will need, once its arguments are valid. A snapshot is otherwise
/// fetched only when execution reaches the first field that needs it, so the team and project lists under
/// <c>people { nodes { ... } }</c> waited for the people lists: one upstream round-trip more on the critical path,
/// though neither depends on the other. Field names are matched anywhere below the field (fragments included); a
/// field under a false <c>@include</c> may start a list that is then not used, which costs a call, never an answer.
/// The People v3 role names likewise waited for the people lists and the resolution of every account before them.
/// </summary>
public static class SnapshotPrefetch
{
    private static readonly string[] PeopleFields = ["members", "person"];
    private static readonly string[] TeamFields = ["teams", "team"];
    private static readonly string[] ProjectFields = ["projects", "project", "projectMemberships"];

    // An account's role; "role" alone would also match project members, whose roles come from Zoho.
    private const string AccountRoleField = "accounts.role";

    public static void StartFor(IResolveFieldContext context)
    {
        if (context.FieldAst.SelectionSet is null) return;
        var names = FieldNames(context.Document, context.FieldAst.SelectionSet);
        // The project directory loads the people directory itself.
        if (ProjectFields.Any(names.Contains)) Start(context.Loader<ProjectDirectoryDataLoader>(), context.CancellationToken);
        else if (PeopleFields.Any(names.Contains)) Start(context.Loader<PeopleDirectoryDataLoader>(), context.CancellationToken);
        if (TeamFields.Any(names.Contains)) Start(context.Loader<TeamDirectoryDataLoader>(), context.CancellationToken);
        if (names.Contains(AccountRoleField)) Start(context.Loader<PeopleV3RolesDataLoader>(), context.CancellationToken);
    }

    // The fetch runs on and the field that needs it later gets the same cached result, where a failure is reported;
    // here it is only observed.
    private static void Start<T>(SnapshotDataLoader<T> loader, CancellationToken cancellationToken) where T : class =>
        _ = loader.LoadAsync().GetResultAsync(cancellationToken)
            .ContinueWith(static task => _ = task.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);

    // Every field name below root, and each field of an "accounts" selection as "accounts.name".
    private static HashSet<string> FieldNames(GraphQLDocument document, GraphQLSelectionSet root)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(GraphQLSelectionSet Set, string? Parent)>([(root, null)]);
        while (pending.TryPop(out var item))
        {
            foreach (var selection in item.Set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var name = field.Name.StringValue;
                        names.Add(name);
                        if (item.Parent == "accounts") names.Add("accounts." + name);
                        if (field.SelectionSet is not null) pending.Push((field.SelectionSet, name));
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push((inline.SelectionSet, item.Parent));
                        break;
                    case GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue + "@" + item.Parent)
                        && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        pending.Push((fragment.SelectionSet, item.Parent));
                        break;
                }
            }
        }
        return names;
    }
}
