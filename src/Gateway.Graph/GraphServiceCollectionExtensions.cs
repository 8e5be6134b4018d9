using GraphQL;
using Gateway.Graph.ChangeFeed;
using Gateway.Graph.Contacts;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Federation;
using Gateway.Graph.Mutations;
using Gateway.Graph.Nodes;
using Gateway.Graph.People;
using Gateway.Graph.Projects;
using Gateway.Graph.Provenance;
using Gateway.Graph.Relay;
using Gateway.Graph.Sources;
using Gateway.Graph.Sources.PeopleV3;
using Gateway.Graph.Sources.ZohoProjects;
using Gateway.Graph.Teams;
using Gateway.Graph.Upstreams;
using Gateway.Upstreams.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>The unified graph: schema, root fields per domain, per-request loaders and error mapping.</summary>
    public static IServiceCollection AddPeopleGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<GatewaySchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(GatewaySchema).Assembly)
            .AddConnectionTypes()
            .AddErrorInfoProvider(options =>
            {
                options.ExposeCodes = false;
                options.ExposeData = false;
                options.ExposeExceptionDetails = false;
            })
            .AddUnhandledExceptionHandler(MapUnhandledException));
        services.AddPeopleGraphFederation(configuration);

        services.AddPaging(configuration);
        services.AddOptions<PersonIdOptions>().Bind(configuration.GetSection(PersonIdOptions.SectionName))
            .Validate(o => o.Key is { Length: >= PersonIdOptions.MinKeyLength },
                $"Graph:Ids:Key must be a secret of at least {PersonIdOptions.MinKeyLength} characters, the same on every instance.")
            .ValidateOnStart();
        services.AddSingleton<PersonIds>();
        services.AddSources(configuration);
        services.AddSingleton<QueryType>();
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<IQueryFields, PeopleQueries>();
        services.AddSingleton<IQueryFields, PeopleV3ReferenceQueries>();
        services.AddSingleton<IQueryFields, TeamQueries>();
        services.AddSingleton<IQueryFields, ContactQueries>();
        services.AddSingleton<IQueryFields, ProjectQueries>();
        services.AddSingleton<IQueryFields, UpstreamQueries>();
        services.AddMutations(configuration);
        services.AddChangeFeedGraph(configuration);
        services.AddProvenance(configuration);

        // Loaders and the failure reporter live for one GraphQL request: their caches must never outlive it.
        services.AddScoped<PartialFailureReporter>();
        services.AddSingleton(typeof(DerivedSnapshotMemo<>));
        services.AddScoped<SourcePeopleDataLoaders>();
        services.AddScoped<PeopleDirectoryDataLoader>();
        services.AddScoped<PeopleV3RolesDataLoader>();
        services.AddScoped<PeopleV3LanguagesDataLoader>();
        services.AddScoped<SourceTeamsDataLoaders>();
        services.AddScoped<TeamDirectoryDataLoader>();
        services.AddScoped<ContactsDataLoader>();
        services.AddScoped<ContactFoldersDataLoader>();
        services.AddScoped<ZohoProjectMembersDataLoader>();
        services.AddScoped<ProjectDirectoryDataLoader>();
        services.AddScoped<UpstreamStatusDataLoader>();
        services.AddSingleton<GraphQL.DI.IConfigureExecution, StaleUpstreamsExtension>();
        return services;
    }

    // An upstream failure becomes its typed field error; anything else is logged and answered without details.
    private static void MapUnhandledException(GraphQL.Execution.UnhandledExceptionContext context)
    {
        if (context.OriginalException is UpstreamException upstream)
        {
            context.Exception = new UpstreamFieldError(upstream);
            return;
        }

        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Gateway.Graph");
        logger?.LogError(context.OriginalException, "Unhandled error resolving {Field}", context.FieldContext?.FieldDefinition.Name);
        context.ErrorMessage = "An internal error occurred while resolving this field.";
    }
}
