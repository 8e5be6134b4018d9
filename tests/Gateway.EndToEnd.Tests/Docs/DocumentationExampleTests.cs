using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests.Docs;

/// <summary>
/// Every request-and-response example in README.md and docs/*.md (see <see cref="MarkdownExample"/>) is run against
/// the embedded default (seeded emulators) and must give the response shown, compared as JSON (whitespace and key
/// order do not matter). Each example starts from freshly seeded data, so a documented mutation shows a first run.
/// </summary>
public sealed class DocumentationExampleTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public void Pages_HaveExamples_TheUpstreamsPageIncluded()
    {
        var examples = AllExamples();

        Assert.Contains(examples, e => e.File == "docs/upstreams.md");
    }

    [Fact]
    public async Task EveryExample_GivesTheResponseItShows()
    {
        var mismatches = new List<string>();
        foreach (var example in AllExamples())
        {
            await gateway.Control.ResetAsync(data: true);
            var response = await gateway.QueryAsync(example.Query, example.Variables);
            var actual = JsonNode.Parse(response.Body)!;
            // A page may show the whole response or only its `data`.
            var compared = example.Expected is JsonObject shown && (shown.ContainsKey("data") || shown.ContainsKey("errors"))
                ? actual
                : actual["data"];
            if (!JsonNode.DeepEquals(example.Expected, compared))
                mismatches.Add($"{example}: the page shows\n{Indented(example.Expected)}\nbut the gateway answers\n{Indented(compared)}");
        }

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    private static string Indented(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";

    private static List<MarkdownExample> AllExamples()
    {
        var root = RepositoryFiles.Root;
        var pages = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.Exists(Path.Combine(root, "docs")) ? Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal) : []);
        return pages.SelectMany(path => MarkdownExamples.Read(path, Path.GetRelativePath(root, path).Replace('\\', '/'))).ToList();
    }
}
