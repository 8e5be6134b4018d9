using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class InvalidValueErrorType : ErrorObjectType<InvalidValueError>
{
    public InvalidValueErrorType() : base("InvalidValueError", "A value that the field cannot hold.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field, as a path (`input.value`).").Resolve(ctx => ctx.Source.Field);
    }
}
