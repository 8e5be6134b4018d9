using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Relay;
using Gateway.Graph.Scalars;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Projects;

public sealed class ProjectType : ObjectGraphType<Project>
{
    public const string TypeName = "Project";

    public ProjectType()
    {
        Name = TypeName;
        Description = "A Zoho project, or a People v3 project known by the id its people carry (People v3 has no project endpoint, so it has no name).";
        this.ImplementNode(TypeName, p => p.Key);
        Field<StringGraphType>("name").Description("The project's name (Zoho only).").Resolve(ctx => ctx.Source.Name);
        Field<StringGraphType>("status").Description("Zoho's project status, e.g. `active`.").Resolve(ctx => ctx.Source.Status);
        Field<StringGraphType>("description").Description("Zoho's project description.").Resolve(ctx => ctx.Source.Description);
        Field<StringGraphType>("ownerName").Description("The project owner's name in Zoho.").Resolve(ctx => ctx.Source.OwnerName);
        Field<DateTimeType>("createdAt").Description("When the project was created in Zoho.").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<SourceSystemType>>("source").Description("The upstream the project lives in.").Resolve(ctx => ctx.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("externalId").Description("The project's id in its upstream.").Resolve(ctx => ctx.Source.ExternalId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectMemberType>>>>("members")
            .Description("The project's members with their role, rate and state in the project.")
            .Prefetches(ctx => ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync())
            .Resolve(ctx => ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync().Then(projects => ctx.Unwrap(projects).MembersOf(ctx.Source)));
    }
}
