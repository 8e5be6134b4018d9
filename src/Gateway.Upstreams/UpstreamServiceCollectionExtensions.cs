using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Http;
using Gateway.Upstreams.Common.Quotas;
using Gateway.Upstreams.Common.Redis;
using Gateway.Upstreams.Common.Resilience;
using Gateway.Upstreams.Common.Snapshots;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams;

/// <summary>Registers the typed upstream clients, their options (validated on start) and their resilience.</summary>
public static class UpstreamServiceCollectionExtensions
{
    /// <summary>All three upstreams.</summary>
    public static IServiceCollection AddUpstreams(this IServiceCollection services, IConfiguration config) =>
        services.AddWorksectionUpstream(config).AddZohoProjectsUpstream(config).AddPeopleV3Upstream(config);

    /// <summary><see cref="WorksectionClient"/> from <c>Upstreams:Worksection</c>.</summary>
    public static IServiceCollection AddWorksectionUpstream(this IServiceCollection services, IConfiguration config)
    {
        services.AddUpstreamCommon(config)
            .AddOptions<WorksectionOptions>().Bind(config.GetSection(WorksectionOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorksectionOptions>, WorksectionOptionsValidator>());
        services.AddHttpClient<WorksectionClient>((sp, http) =>
                http.BaseAddress = UpstreamOptionsChecks.AsRoot(sp.GetRequiredService<IOptions<WorksectionOptions>>().Value.BaseUrl!))
            .AddUpstreamHandlers(UpstreamName.Worksection);
        return services;
    }

    /// <summary><see cref="ZohoProjectsClient"/> from <c>Upstreams:ZohoProjects</c>.</summary>
    public static IServiceCollection AddZohoProjectsUpstream(this IServiceCollection services, IConfiguration config)
    {
        services.AddUpstreamCommon(config)
            .AddOptions<ZohoProjectsOptions>().Bind(config.GetSection(ZohoProjectsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZohoProjectsOptions>, ZohoProjectsOptionsValidator>());
        services.TryAddSingleton<ZohoPagedLists>();
        services.AddHttpClient<ZohoProjectsClient>((sp, http) =>
            {
                var o = sp.GetRequiredService<IOptions<ZohoProjectsOptions>>().Value;
                http.BaseAddress = UpstreamOptionsChecks.AsRoot(o.BaseUrl!);
                http.DefaultRequestHeaders.Authorization = new("Zoho-oauthtoken", o.AccessToken);
            })
            .AddUpstreamHandlers(UpstreamName.ZohoProjects);
        return services;
    }

    /// <summary><see cref="PeopleV3Client"/> from <c>Upstreams:PeopleV3</c>.</summary>
    public static IServiceCollection AddPeopleV3Upstream(this IServiceCollection services, IConfiguration config)
    {
        services.AddUpstreamCommon(config)
            .AddOptions<PeopleV3Options>().Bind(config.GetSection(PeopleV3Options.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PeopleV3Options>, PeopleV3OptionsValidator>());
        services.AddHttpClient<PeopleV3Client>((sp, http) =>
            {
                var o = sp.GetRequiredService<IOptions<PeopleV3Options>>().Value;
                http.BaseAddress = UpstreamOptionsChecks.AsRoot(o.BaseUrl!);
                http.DefaultRequestHeaders.Authorization = new("Bearer", o.AccessToken);
            })
            .AddUpstreamHandlers(UpstreamName.PeopleV3);
        return services;
    }

    private static IServiceCollection AddUpstreamCommon(this IServiceCollection services, IConfiguration config)
    {
        // Shared by the three upstreams: bind and register once, however many Add*Upstream calls there are.
        if (services.Any(d => d.ServiceType == typeof(UpstreamPipelines)))
        {
            return services;
        }

        services.AddOptions<UpstreamResilienceOptions>().Bind(config.GetSection(UpstreamResilienceOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UpstreamResilienceOptions>, UpstreamResilienceOptionsValidator>();
        services.AddSingleton<UpstreamPipelines>();
        services.AddSingleton<ReadStallDetector>();
        // Shared through Redis when Cache:Redis is set, else per instance; one registered before this wins (TryAdd).
        services.TryAddSingleton<InMemoryRetryAfterWindows>();
        if (services.TryAddSharedRedis(config))
        {
            services.TryAddSingleton<IRetryAfterWindows, RedisRetryAfterWindows>();
        }
        else
        {
            services.TryAddSingleton<IRetryAfterWindows>(sp => sp.GetRequiredService<InMemoryRetryAfterWindows>());
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DecodedReadMemo>();
        services.AddUpstreamSnapshots(config);
        services.AddUpstreamQuotas(config);
        services.AddSingleton<IUpstreamBreakers, UpstreamBreakers>();
        return services;
    }
}
