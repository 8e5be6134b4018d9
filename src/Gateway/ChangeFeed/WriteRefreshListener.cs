using GraphQL.Execution;
using GraphQLParser.AST;

namespace Gateway.ChangeFeed;

/// <summary>
/// The one place writes through the gateway reach the change feed: after any mutation operation ran, a poll is
/// requested at once, so its events do not wait for the interval.
/// </summary>
internal sealed class WriteRefreshListener(ChangeFeedRefresher refresher) : DocumentExecutionListenerBase
{
    public override Task AfterExecutionAsync(IExecutionContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation)
            refresher.RequestRefresh();
        return Task.CompletedTask;
    }
}
