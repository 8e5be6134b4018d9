using GraphQL.Types;
using Gateway.Graph.DataLoading;

namespace Gateway.Graph.Upstreams;

public sealed class UpstreamQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UpstreamStatusType>>>>("upstreams")
            .Description("Each upstream and whether it is reachable now (one cheap read each).")
            .Resolve(ctx => ctx.Loader<UpstreamStatusDataLoader>().LoadAsync());
}
