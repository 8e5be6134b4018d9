using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gateway.Client.Generator.Tests;

/// <summary>The persisted operation manifest the generator writes, and the request strategy chosen in .graphqlrc.json.</summary>
public sealed class PersistedOperationTests
{
    [Fact]
    public void Manifest_MapsEachOperationsHashToTheTextTheClientSends()
    {
        var path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}", "persisted-operations.json");
        try
        {
            var run = GeneratorHarness.RunWithConfig(GeneratorHarness.Config, path, ("PersonCard.graphql", Documents.PersonCard), ("GetPeople.graphql", Documents.GetPeople));

            Assert.Empty(run.Diagnostics);
            var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
            var (hash, text) = Assert.Single(manifest);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), hash);
            Assert.StartsWith("query GetPeople", text);
            Assert.Contains("fragment PersonCard on Person", text);
            Assert.Contains($"public const string Hash = \"{hash}\";", run.Sources["PeopleGraphClient.GetPeople.g.cs"]);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("PersistedQuery")]
    [InlineData("AutomaticPersistedQuery")]
    public void RequestStrategy_PassedToEveryRequest(string strategy)
    {
        var config = GeneratorHarness.Config.Replace("\"dependencyInjection\": true", $"\"dependencyInjection\": true, \"requestStrategy\": \"{strategy}\"");

        var run = GeneratorHarness.RunWithConfig(config, ("PersonCard.graphql", Documents.PersonCard), ("GetPeople.graphql", Documents.GetPeople));

        Assert.Empty(run.Diagnostics);
        Assert.Contains($"Hash, RequestStrategy.{strategy});", run.Sources["PeopleGraphClient.GetPeople.g.cs"]);
    }

    [Fact]
    public void UnknownRequestStrategy_IsAConfigError()
    {
        var config = GeneratorHarness.Config.Replace("\"dependencyInjection\": true", "\"dependencyInjection\": true, \"requestStrategy\": \"Hashes\"");

        var run = GeneratorHarness.RunWithConfig(config, ("GetPeople.graphql", Documents.GetPeople));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("GQL0001", error.Id);
        Assert.Contains("requestStrategy", error.GetMessage());
    }
}
