using GraphQL;
using GraphQL.DataLoader;
using Gateway.Graph.Contacts;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.People;
using Gateway.Graph.Projects;
using Gateway.Graph.Relay;
using Gateway.Graph.Teams;

namespace Gateway.Graph.Nodes;

/// <summary>Finds the object behind a global id through the same loaders the rest of the graph uses.</summary>
public static class NodeResolver
{
    /// <summary>The object, or null when the id is ours but nothing has it any more.</summary>
    /// <exception cref="ExecutionError">The id was not issued by this gateway.</exception>
    public static IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryParse(id, out var typeName, out var key)) throw InvalidId(id);

        return typeName switch
        {
            PersonType.TypeName => context.Loader<PeopleDirectoryDataLoader>().LoadAsync().Then(p => (object?)context.Unwrap(p).FindById(key)),
            TeamType.TypeName => context.Loader<TeamDirectoryDataLoader>().LoadForKey(key).Then(t => (object?)context.Unwrap(t).Find(key)),
            ProjectType.TypeName => context.Loader<ProjectDirectoryDataLoader>().LoadAsync().Then(p => (object?)context.Unwrap(p).Find(key)),
            ContactType.TypeName => context.Loader<ContactsDataLoader>().LoadAsync().Then(c => (object?)c.FirstOrDefault(x => x.Id == key)),
            ContactFolderType.TypeName => context.Loader<ContactFoldersDataLoader>().LoadAsync().Then(f => (object?)f.FirstOrDefault(x => x.Id == key)),
            _ => throw InvalidId(id),
        };
    }

    /// <summary>
    /// For <c>nodes(ids:)</c>: one bad id becomes null at its index with an error at that path, so the valid
    /// ids of the same call still resolve.
    /// </summary>
    public static IDataLoaderResult<object?[]> ResolveMany(IResolveFieldContext context, IReadOnlyList<string> ids) =>
        ids.Select((id, index) =>
        {
            try
            {
                return Resolve(context, id);
            }
            catch (ExecutionError error)
            {
                error.Path = context.ResponsePath.Append(index);
                context.Errors.Add(error);
                return new CompletedDataLoaderResult<object?>(null);
            }
        }).WhenAll();

    private static ExecutionError InvalidId(string id) =>
        new($"The id {InputEcho.Quote(id)} is not one this gateway issued; use the `id` of an object it returned.") { Code = "INVALID_ID" };
}
