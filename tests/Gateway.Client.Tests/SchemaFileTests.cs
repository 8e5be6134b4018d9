using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Gateway.Testing;

namespace Gateway.Client.Tests;

/// <summary>The generator reads schema/schema.graphql; it must be the schema the running gateway serves.</summary>
public sealed class SchemaFileTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    [Fact]
    public void SchemaFile_EqualsTheRunningGatewaysSchema()
    {
        var schema = fixture.Factory.Services.GetRequiredService<ISchema>();
        var path = Path.Combine(RepositoryFiles.Root, "schema", "schema.graphql");

        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == printed,
            "schema/schema.graphql differs from the gateway's schema; regenerate it (see tests/Gateway.Graph.Tests/SchemaTests.cs) and rebuild the client.");
    }
}
