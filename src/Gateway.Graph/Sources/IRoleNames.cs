using GraphQL;
using GraphQL.DataLoader;

namespace Gateway.Graph.Sources;

/// <summary>An upstream whose accounts carry a role id rather than a name (<see cref="SourceAccount.RoleId"/>).</summary>
public interface IRoleNames : ISource
{
    /// <summary>Role names by id, through this request's loaders (one upstream read per request at most).</summary>
    IDataLoaderResult<IReadOnlyDictionary<string, string>> LoadRoleNames(IResolveFieldContext context);
}
