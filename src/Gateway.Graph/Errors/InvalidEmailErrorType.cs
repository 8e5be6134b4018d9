using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class InvalidEmailErrorType : ErrorObjectType<InvalidEmailError>
{
    public InvalidEmailErrorType() : base("InvalidEmailError", "An email is not a valid address (checked trimmed, before any upstream call).")
    {
        Field<NonNullGraphType<StringGraphType>>("email").Description("The email as given.").Resolve(ctx => ctx.Source.Email);
    }
}
