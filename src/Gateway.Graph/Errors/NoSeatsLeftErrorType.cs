using GraphQL.Types;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Errors;

public sealed class NoSeatsLeftErrorType : ErrorObjectType<NoSeatsLeftError>
{
    public NoSeatsLeftErrorType() : base("NoSeatsLeftError", "The system's licence has no seat left for another user, so nothing was written in any system.")
    {
        Field<NonNullGraphType<SourceSystemType>>("system").Description("The system without a free seat.").Resolve(ctx => ctx.Source.System);
        Field<NonNullGraphType<IntGraphType>>("seatsAvailable").Description("The seats it reported free (0).").Resolve(ctx => ctx.Source.SeatsAvailable);
    }
}
