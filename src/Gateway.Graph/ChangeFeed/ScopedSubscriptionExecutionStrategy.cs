using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// Runs each event of a subscription in its own service scope, as a query is: DataLoaders are scoped and cache for
/// their lifetime, so without this an event's <c>person.teams</c> would show the teams loaded for the first event of
/// a subscription that may stay open for hours (and keep them in memory all that time).
/// </summary>
public sealed class ScopedSubscriptionExecutionStrategy : SubscriptionExecutionStrategy
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        var subscriptionServices = context.RequestServices;
        if (subscriptionServices is null)
            return await base.ProcessDataAsync(context, node, value);
        await using var scope = subscriptionServices.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        try
        {
            return await base.ProcessDataAsync(context, node, value);
        }
        finally
        {
            context.RequestServices = subscriptionServices;
        }
    }
}
