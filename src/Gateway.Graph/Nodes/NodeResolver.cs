using GraphQL.DataLoader;
using Gateway.Graph.Contacts;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.People;
using Gateway.Graph.Projects;
using Gateway.Graph.Relay;
using Gateway.Graph.Teams;
using GraphQL;

namespace Gateway.Graph.Nodes;

/// <summary>Finds the object behind a global id through the same loaders the rest of the graph uses.</summary>
public static class NodeResolver
{
    public static IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryParse(id, out var typeName, out var key))
            throw new ExecutionError($"'{id}' is not an id issued by this gateway. Use the `id` of an object it returned.") { Code = "INVALID_ID" };

        return typeName switch
        {
            PersonType.TypeName => context.Loader<PeopleDirectoryDataLoader>().LoadAsync().Then(p => (object?)context.Unwrap(p).FindByKey(key)),
            TeamType.TypeName => context.Loader<TeamDirectoryDataLoader>().LoadAsync().Then(t => (object?)context.Unwrap(t).Find(key)),
            ProjectType.TypeName => context.Loader<ProjectDirectoryDataLoader>().LoadAsync().Then(p => (object?)context.Unwrap(p).Find(key)),
            ContactType.TypeName => context.Loader<ContactsDataLoader>().LoadAsync().Then(c => (object?)c.FirstOrDefault(x => x.Id == key)),
            ContactFolderType.TypeName => context.Loader<ContactFoldersDataLoader>().LoadAsync().Then(f => (object?)f.FirstOrDefault(x => x.Id == key)),
            _ => throw new ExecutionError($"'{id}' is not an id issued by this gateway. Use the `id` of an object it returned.") { Code = "INVALID_ID" },
        };
    }
}
