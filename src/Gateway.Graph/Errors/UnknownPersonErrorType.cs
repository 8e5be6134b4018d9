using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class UnknownPersonErrorType : ErrorObjectType<UnknownPersonError>
{
    public UnknownPersonErrorType() : base("UnknownPersonError", "The person is not known, or has no account in the system the mutation writes to.")
    {
        Field<NonNullGraphType<StringGraphType>>("person").Description("The person id or email as given.").Resolve(ctx => ctx.Source.Person);
    }
}
