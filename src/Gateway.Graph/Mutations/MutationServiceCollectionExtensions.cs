using Gateway.Graph.Contacts;
using Gateway.Graph.People;
using Gateway.Graph.Projects;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Graph.Mutations;

public static class MutationServiceCollectionExtensions
{
    /// <summary>The Mutation type, each domain's mutations and their options (<c>Graph:Mutations</c>).</summary>
    public static IServiceCollection AddMutations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MutationOptions>()
            .Bind(configuration.GetSection(MutationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MutationType>();
        // Shared by every instance through Redis when Cache:Redis is set, else per instance; one registered before wins.
        if (services.TryAddSharedRedis(configuration))
        {
            services.TryAddSingleton<InProcessWriteTargetLock>();
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton<IWriteTargetLock, RedisWriteTargetLock>();
        }
        services.TryAddSingleton<IWriteTargetLock, InProcessWriteTargetLock>();
        services.AddSingleton<IMutationFields, PeopleMutations>();
        services.AddSingleton<IMutationFields, PeopleV3Mutations>();
        services.AddSingleton<IMutationFields, PortalUserMutations>();
        services.AddSingleton<IMutationFields, OnboardingMutations>();
        services.AddSingleton<IMutationFields, TeamMutations>();
        services.AddSingleton<IMutationFields, ContactMutations>();
        services.AddSingleton<IMutationFields, ProjectMutations>();
        services.AddSingleton<IMutationFields, TaskSubscriptionMutations>();
        return services;
    }
}
