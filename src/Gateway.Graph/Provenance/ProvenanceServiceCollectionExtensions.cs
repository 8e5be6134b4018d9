using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.Provenance;

public static class ProvenanceServiceCollectionExtensions
{
    /// <summary>Conflict rules from <c>Graph:Conflicts</c>, the <c>conflictSummary</c> query and <c>resolvePersonConflict</c>.</summary>
    public static IServiceCollection AddProvenance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConflictRules>().Bind(configuration.GetSection(ConflictRules.SectionName));
        services.AddSingleton<PersonProvenanceBuilder>();
        services.AddSingleton<IQueryFields, ConflictQueries>();
        services.AddSingleton<IMutationFields, ConflictMutations>();
        return services;
    }
}
