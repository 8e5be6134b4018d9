using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class TooManyEmailsErrorType : ErrorObjectType<TooManyEmailsError>
{
    public TooManyEmailsErrorType() : base("TooManyEmailsError", "More emails than one call may add; split them over several calls.")
    {
        Field<NonNullGraphType<IntGraphType>>("max").Description("The most emails one call accepts (`Graph:Mutations:MaxEmailsPerCall`).").Resolve(ctx => ctx.Source.Max);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many were given.").Resolve(ctx => ctx.Source.Count);
    }
}
