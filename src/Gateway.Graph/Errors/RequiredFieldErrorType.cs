using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class RequiredFieldErrorType : ErrorObjectType<RequiredFieldError>
{
    public RequiredFieldErrorType() : base("RequiredFieldError", "A required input field is missing or blank.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field, e.g. `email` or `worksection.role`.").Resolve(ctx => ctx.Source.Field);
    }
}
