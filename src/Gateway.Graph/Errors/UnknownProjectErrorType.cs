using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class UnknownProjectErrorType : ErrorObjectType<UnknownProjectError>
{
    public UnknownProjectErrorType() : base("UnknownProjectError", "No project with this id exists in the system that would be written.")
    {
        Field<NonNullGraphType<StringGraphType>>("projectId").Description("The project id as given.").Resolve(ctx => ctx.Source.ProjectId);
    }
}
