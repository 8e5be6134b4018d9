using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class InvalidIdErrorType : ErrorObjectType<InvalidIdError>
{
    public InvalidIdErrorType() : base("InvalidIdError", "An id was not issued by this gateway or is not of the expected kind.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field holding the id.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("id").Description("The id as given.").Resolve(ctx => ctx.Source.Id);
    }
}
