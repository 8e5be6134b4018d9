using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Gateway.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Gateway.Testing;

namespace Gateway.Graph.Tests.Federation;

/// <summary>
/// <c>schema/schema.federation.graphql</c> is the subgraph SDL as <c>_service { sdl }</c> serves it in subgraph mode:
/// what a supergraph composes. It must equal what the code serves; set UPDATE_SCHEMA=1 to rewrite it, then review the diff.
/// </summary>
public sealed class FederationSchemaTests
{
    [Fact]
    public async Task PublishedFederationSdl_EqualsWhatServiceSdlServes()
    {
        // Act
        var sdl = (await ServeAsync(Federated(), "{ _service { sdl } }")).GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString()!;

        // Assert
        PublishedFile.AssertEquals("schema/schema.federation.graphql", sdl,
            "UPDATE_SCHEMA=1 dotnet test tests/Gateway.Graph.Tests --filter FederationSchemaTests");
    }

    [Fact]
    public void SubgraphSdl_LinksFederationV2_KeysTheEntities_AndMarksTheLookups()
    {
        var sdl = Federated().GetRequiredService<ISchema>().Print(new GraphQL.Federation.Types.FederationPrintOptions());

        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/v2.3\"", sdl);
        Assert.Contains("type Person implements Node @key(fields: \"id\") @key(fields: \"email\")", sdl);
        foreach (var entity in new[] { "Team", "Project", "Contact", "ContactFolder" })
            Assert.Contains($"type {entity} implements Node @key(fields: \"id\")", sdl);
        Assert.Contains("directive @lookup on FIELD_DEFINITION", sdl);
        Assert.Matches(@"\n  person\(\n(.|\n)*?\): Person @lookup\n", sdl);
        Assert.Matches(@"\n  personByEmail\(\n(.|\n)*?\): Person @lookup\n", sdl);
        Assert.Matches(@"\n  node\(\n(.|\n)*?\): Node @lookup\n", sdl);
    }

    [Fact]
    public void FederationOff_TheSchemaHasNoFederationFieldsOrDirectives()
    {
        var schema = new ServiceCollection().AddPeopleGraph(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();

        Assert.Null(schema.Query.GetField("_service"));
        Assert.Null(schema.Query.GetField("_entities"));
        Assert.Null(schema.Directives.Find("key"));
        Assert.Null(schema.Directives.Find("lookup"));
    }

    private static IServiceProvider Federated(int? maxRepresentations = null)
    {
        var settings = new Dictionary<string, string?> { ["Graph:Federation:Enabled"] = "true" };
        if (maxRepresentations is int max) settings["Graph:Federation:MaxRepresentations"] = max.ToString();
        return new ServiceCollection().AddLogging()
            .AddPeopleGraph(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
    }

    private static async Task<JsonElement> ServeAsync(IServiceProvider services, string query)
    {
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = scope.ServiceProvider,
        });
        var json = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
