using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class RoleNotAllowedErrorType : ErrorObjectType<RoleNotAllowedError>
{
    public RoleNotAllowedErrorType() : base("RoleNotAllowedError", "The role is not one this system accepts for this call.")
    {
        Field<NonNullGraphType<StringGraphType>>("role").Description("The role as given.").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedRoles").Description("The roles this call accepts.").Resolve(ctx => ctx.Source.AllowedRoles);
    }
}
