using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class InvalidRateErrorType : ErrorObjectType<InvalidRateError>
{
    public InvalidRateErrorType() : base("InvalidRateError", "A rate must be zero or more.")
    {
        Field<NonNullGraphType<DecimalGraphType>>("rate").Description("The rate as given.").Resolve(ctx => ctx.Source.Rate);
    }
}
