using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Relay;

namespace Gateway.Graph.Projects;

public sealed class ProjectQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<ConnectionType<ProjectType, Project>>("projects")
            .Description("Zoho projects, then People v3 projects (known by id only).")
            .Arguments(ConnectionArguments.For<ProjectFilterInputType, ProjectSortInputType>())
            .ResolveConnection(ctx => ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync().Then(projects => (IEnumerable<Project>)ctx.Unwrap(projects).All));

        query.Field<ProjectType>("project")
            .Description("A project by global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The project's global id.")
            .Resolve(ctx =>
            {
                var key = ctx.GlobalIdKey("id", ProjectType.TypeName);
                SelectionPrefetch.StartFor(ctx);
                return ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync().Then(projects => ctx.Unwrap(projects).Find(key));
            });
    }
}
