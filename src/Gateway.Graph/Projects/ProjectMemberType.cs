using GraphQL.Types;
using Gateway.Graph.People;

namespace Gateway.Graph.Projects;

public sealed class ProjectMemberType : ObjectGraphType<ProjectMember>
{
    public ProjectMemberType()
    {
        Name = "ProjectMember";
        Description = "A person's membership in a project.";
        Field<NonNullGraphType<PersonType>>("person").Description("The member.").Resolve(ctx => ctx.Source.Person);
        Field<NonNullGraphType<ProjectType>>("project").Description("The project.").Resolve(ctx => ctx.Source.Project);
        Field<StringGraphType>("role").Description("The member's role in the project (Zoho: admin, manager, employee, contractor).").Resolve(ctx => ctx.Source.Role);
        Field<DecimalGraphType>("rate").Description("Hourly rate in the project, if set (Zoho).").Resolve(ctx => ctx.Source.Rate);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("Whether the membership is active.").Resolve(ctx => ctx.Source.Active);
    }
}
