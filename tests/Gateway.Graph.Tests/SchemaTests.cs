using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Gateway.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Gateway.Testing;

namespace Gateway.Graph.Tests;

/// <summary>
/// <c>schema/schema.graphql</c> is the published schema: editors, the typed client generator and reviewers read it.
/// It must equal the schema the code builds; set UPDATE_SCHEMA=1 to rewrite it, then review the diff.
/// </summary>
public sealed class SchemaTests
{
    [Fact]
    public void PublishedSchema_EqualsTheSchemaTheCodeBuilds()
    {
        // Arrange
        var services = new ServiceCollection().AddPeopleGraph(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var schema = services.GetRequiredService<ISchema>();

        // Act
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });

        // Assert
        PublishedFile.AssertEquals("schema/schema.graphql", printed, "UPDATE_SCHEMA=1 dotnet test tests/Gateway.Graph.Tests --filter SchemaTests");
    }

    [Fact]
    public void EveryTypeAndField_HasADescription()
    {
        var schema = new ServiceCollection().AddPeopleGraph(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();

        var ours = schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType).ToList();
        var missing = ours.Where(t => string.IsNullOrWhiteSpace(t.Description)).Select(t => t.Name)
            .Concat(ours.OfType<IComplexGraphType>().SelectMany(t => t.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{((INamedType)t).Name}.{f.Name}")))
            .ToList();

        Assert.True(missing.Count == 0, "Missing descriptions: " + string.Join(", ", missing));
    }
}
