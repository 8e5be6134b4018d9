using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.Federation;

public static class FederationServiceCollectionExtensions
{
    /// <summary>The Apollo Federation version the subgraph links to (<c>@link(url: ".../federation/v2.3")</c>).</summary>
    public const string FederationVersion = "2.3";

    /// <summary>
    /// Binds <see cref="FederationOptions"/> and, when <c>Graph:Federation:Enabled</c> is true, turns the graph into an
    /// Apollo Federation v2 subgraph with GraphQL.NET's own federation support: <c>@link</c>, <c>@key</c> on the
    /// entities of <see cref="FederatedEntities"/>, <c>_service { sdl }</c> and <c>_entities(representations:)</c>.
    /// </summary>
    public static IServiceCollection AddPeopleGraphFederation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FederationOptions>()
            .Bind(configuration.GetSection(FederationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var enabled = configuration.GetSection(FederationOptions.SectionName).GetValue<bool>(nameof(FederationOptions.Enabled));
        if (!enabled) return services;

        services.AddTransient<RepresentationsGuardVisitor>();
        return services.AddGraphQL(graphQL => graphQL
            .ConfigureSchema(schema =>
            {
                schema.Directives.Register(new LookupDirective());
                schema.RegisterVisitor(new EntityKeysVisitor());
            })
            .AddFederation(FederationVersion)
            // After AddFederation: the guard wraps the _entities field that the engine's visitors add.
            .ConfigureSchema(schema => schema.RegisterVisitor<RepresentationsGuardVisitor>()));
    }
}
