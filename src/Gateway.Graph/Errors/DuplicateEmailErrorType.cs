using GraphQL.Types;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Errors;

public sealed class DuplicateEmailErrorType : ErrorObjectType<DuplicateEmailError>
{
    public DuplicateEmailErrorType() : base("DuplicateEmailError", "The system already has an account with this email, so nothing was written.")
    {
        Field<NonNullGraphType<StringGraphType>>("email").Description("The email already in use.").Resolve(ctx => ctx.Source.Email);
        Field<NonNullGraphType<SourceSystemType>>("system").Description("The system that already has it.").Resolve(ctx => ctx.Source.System);
    }
}
