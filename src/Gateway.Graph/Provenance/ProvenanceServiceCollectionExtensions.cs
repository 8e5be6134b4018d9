using Gateway.Graph.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.Provenance;

public static class ProvenanceServiceCollectionExtensions
{
    /// <summary>Conflict rules from <c>Graph:Conflicts</c>, the <c>conflictSummary</c> query and <c>resolvePersonConflict</c>.</summary>
    public static IServiceCollection AddProvenance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConflictRules>().Bind(configuration.GetSection(ConflictRules.SectionName))
            .Validate<SourceIdentities>((rules, sources) => rules.RequireAccountIn.All(name => sources.Find(name) is not null),
                $"{ConflictRules.SectionName}:RequireAccountIn names an upstream that is not registered; use their codes (worksection, zoho, peoplev3) or schema names.")
            .ValidateOnStart();
        services.AddSingleton<PersonProvenanceBuilder>();
        services.AddSingleton<IQueryFields, ConflictQueries>();
        services.AddSingleton<IMutationFields, ConflictMutations>();
        return services;
    }
}
