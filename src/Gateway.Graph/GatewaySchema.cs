using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph;

public sealed class GatewaySchema : GraphQL.Types.Schema
{
    public GatewaySchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Subscription = services.GetRequiredService<ChangeFeed.SubscriptionType>();
        Description = "People Graph Gateway";
    }
}
