using GraphQL.Types;
using Gateway.Graph.Errors;
using Gateway.Graph.Sources;

namespace Gateway.Graph.People;

public sealed class SystemResultType : ObjectGraphType<SystemResult>
{
    public SystemResultType()
    {
        Name = "SystemResult";
        Description = "What onboardPerson or offboardPerson did in one system. One system failing never hides the others' results.";
        Field<NonNullGraphType<SourceSystemType>>("system").Description("The system.").Resolve(ctx => ctx.Source.System);
        Field<NonNullGraphType<SystemStatusType>>("status").Description("Done, already done, not supported, or failed.").Resolve(ctx => ctx.Source.Status);
        Field<StringGraphType>("reason").Description("Why, in words: what was found, written or is missing.").Resolve(ctx => ctx.Source.Reason);
        Field<UpstreamErrorType>("error").Description("The upstream failure when the status is FAILED.").Resolve(ctx => ctx.Source.Error);
    }
}
