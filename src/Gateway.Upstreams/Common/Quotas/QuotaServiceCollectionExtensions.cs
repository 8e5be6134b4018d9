using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Upstreams.Common.Quotas;

internal static class QuotaServiceCollectionExtensions
{
    public static IServiceCollection AddUpstreamQuotas(this IServiceCollection services, IConfiguration config)
    {
        foreach (var upstream in UpstreamName.BuiltIn)
        {
            services.AddOptions<QuotaOptions>(upstream.ToString())
                .Bind(config.GetSection(QuotaOptions.SectionOf(upstream)))
                .Validate(o => o.RequestsPerMinute >= 0 && o.MaxConcurrent >= 0 && o.MaxQueued >= 0,
                    $"{QuotaOptions.SectionOf(upstream)}: RequestsPerMinute, MaxConcurrent and MaxQueued must not be negative.")
                .ValidateOnStart();
        }

        services.AddSingleton<UpstreamQuotas>();
        return services;
    }
}
