using GraphQL.Types;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Errors;

public sealed class UpstreamErrorType : ErrorObjectType<UpstreamError>
{
    public UpstreamErrorType() : base("UpstreamError", "An upstream failed or refused the call. With code UPSTREAM_OUTCOME_UNKNOWN the write may have happened: read before retrying.")
    {
        Field<NonNullGraphType<StringGraphType>>("code").Description("UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, UPSTREAM_RATE_LIMITED, UPSTREAM_BAD_RESPONSE, UPSTREAM_UNAUTHORIZED, UPSTREAM_NOT_FOUND, UPSTREAM_REJECTED or UPSTREAM_OUTCOME_UNKNOWN.").Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<SourceSystemType>>("upstream").Description("The upstream that failed.").Resolve(ctx => ctx.Source.Upstream);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The upstream operation, e.g. `add_user`.").Resolve(ctx => ctx.Source.Operation);
        Field<IntGraphType>("retryAfterSeconds").Description("When rate limited: seconds to wait before trying again.").Resolve(ctx => ctx.Source.RetryAfterSeconds);
    }
}
