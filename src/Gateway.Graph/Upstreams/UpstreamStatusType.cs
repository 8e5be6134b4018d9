using GraphQL.Types;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Upstreams;

public sealed class UpstreamStatusType : ObjectGraphType<UpstreamStatus>
{
    public UpstreamStatusType()
    {
        Name = "UpstreamStatus";
        Description = "An upstream system and whether the gateway reaches it right now.";
        Field<NonNullGraphType<SourceSystemType>>("source").Description("The upstream.").Resolve(ctx => ctx.Source.Upstream);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its short name, as used in error extensions (`worksection`, `zoho`, `peoplev3`).").Resolve(ctx => ctx.Source.Upstream.Code);
        Field<NonNullGraphType<BooleanGraphType>>("reachable").Description("Whether a cheap read succeeded just now.").Resolve(ctx => ctx.Source.Reachable);
        Field<StringGraphType>("errorCode").Description("Why not, as a stable code (e.g. `UPSTREAM_UNAVAILABLE`).").Resolve(ctx => ctx.Source.ErrorCode);
        Field<StringGraphType>("message").Description("Why not, in words.").Resolve(ctx => ctx.Source.Message);
        Field<IntGraphType>("seatsAvailable")
            .Description("How many more users the Zoho Projects portal's licence allows (Zoho's `users/availcount`); null for the other upstreams and when unreachable.")
            .Resolve(ctx => ctx.Source.SeatsAvailable);
    }
}
