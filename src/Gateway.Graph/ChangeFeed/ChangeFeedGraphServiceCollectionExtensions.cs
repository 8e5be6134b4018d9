using GraphQL;
using Gateway.Upstreams.Common.Snapshots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Graph.ChangeFeed;

public static class ChangeFeedGraphServiceCollectionExtensions
{
    /// <summary>
    /// The change feed's part of the graph: <c>Subscription.personChanged</c>, <c>Query.changes</c>, the fan-out hub and
    /// the in-memory log (the host replaces it with Redis when configured). Detection, transports and webhooks are the host's.
    /// </summary>
    public static IServiceCollection AddChangeFeedGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChangeFeedOptions>()
            .Configure(options => options.PollInterval = DefaultPollInterval(configuration) ?? options.PollInterval)
            .Bind(configuration.GetSection(ChangeFeedOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IChangeLog, InMemoryChangeLog>();
        services.TryAddSingleton<IChangeFeedSnapshotSource, UpstreamSnapshotSource>();
        services.AddSingleton<ChangeFeedHub>();
        services.AddSingleton<ChangeLogReader>();
        services.AddSingleton<SubscriptionType>();
        services.AddGraphQL(graphQL => graphQL.AddExecutionStrategy<ScopedSubscriptionExecutionStrategy>(GraphQLParser.AST.OperationType.Subscription));
        services.AddSingleton<IQueryFields, ChangeQueries>();
        return services;
    }

    // The snapshot freshness bound, when it is not 0: bound before ChangeFeed:PollInterval, which overrides it.
    private static TimeSpan? DefaultPollInterval(IConfiguration configuration) =>
        configuration.GetSection(FreshnessOptions.SectionName).Get<FreshnessOptions>() is { MaxAge: var maxAge } && maxAge > TimeSpan.Zero
            ? maxAge
            : null;
}
