using Gateway.Graph.People;
using Gateway.Graph.Sources.PeopleV3;
using Gateway.Graph.Sources.Worksection;
using Gateway.Graph.Sources.ZohoProjects;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Graph.Sources;

public static class SourceServiceCollectionExtensions
{
    /// <summary>
    /// The three upstreams' adapters, in the schema's <c>SourceSystem</c> order, and the merge that joins their people
    /// (its precedence table from <c>Graph:Merge</c>). A test or a deployment adds another with <see cref="AddSource{TSource}"/>.
    /// </summary>
    public static IServiceCollection AddSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSource<WorksectionSource>().AddSource<ZohoProjectsSource>().AddSource<PeopleV3Source>();
        services.AddOptions<MergeOptions>().Bind(configuration.GetSection(MergeOptions.SectionName));
        services.TryAddSingleton<MergePrecedence>();
        services.TryAddSingleton<PersonMerger>();
        return services;
    }

    /// <summary>
    /// Registers an upstream's adapter: its <see cref="SourceIdentity"/> (a singleton, known to the schema) and the
    /// adapter itself for each request, as <see cref="ISource"/>, which is how the graph finds its capabilities
    /// (people, teams, projects, account lifecycle, role names). The order of the calls is the order of the schema's
    /// <c>SourceSystem</c> values and of merged accounts.
    /// </summary>
    public static IServiceCollection AddSource<TSource>(this IServiceCollection services) where TSource : class, ISourceAdapter
    {
        services.AddSingleton(TSource.Identity);
        services.TryAddScoped<TSource>();
        services.AddScoped<ISource>(sp => sp.GetRequiredService<TSource>());
        services.TryAddSingleton<SourceIdentities>();
        services.TryAddScoped<SourceCatalog>();
        return services;
    }
}
