using System.Collections.Immutable;
using Gateway.Client;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Client.Generator.Tests;

/// <summary>Runs <see cref="ClientGenerator"/> over an in-memory project: the repository's config and schema plus given documents.</summary>
internal static class GeneratorHarness
{
    public const string Root = "/repo";
    public const string Config = """
        {
          "schema": "schema/schema.graphql",
          "documents": "app/**/*.graphql",
          "extensions": { "strawberryShake": { "name": "PeopleGraphClient", "namespace": "PeopleGraph.Client", "accessModifier": "public", "dependencyInjection": true } }
        }
        """;

    private static readonly Lazy<string> SchemaText = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "schema", "schema.graphql")));

    /// <summary>Runs the generator; documents are (file name under /repo/app, text).</summary>
    public static GeneratorRun Run(params (string Name, string Text)[] documents) => RunWithConfig(Config, documents);

    /// <summary>Runs the generator with another <c>.graphqlrc.json</c>.</summary>
    public static GeneratorRun RunWithConfig(string config, params (string Name, string Text)[] documents)
        => RunWithConfig(config, manifestPath: null, documents);

    /// <summary>Runs the generator as the build does when it asks for the persisted operation manifest at <paramref name="manifestPath"/>.</summary>
    public static GeneratorRun RunWithConfig(string config, string? manifestPath, params (string Name, string Text)[] documents)
    {
        var files = new List<AdditionalText>
        {
            new InMemoryText($"{Root}/.graphqlrc.json", config),
            new InMemoryText($"{Root}/schema/schema.graphql", SchemaText.Value),
        };
        files.AddRange(documents.Select(d => new InMemoryText($"{Root}/app/{d.Name}", d.Text)));

        var compilation = CSharpCompilation.Create("Consumer", [], References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var buildProperties = manifestPath is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["build_property.GraphQLPersistedOperationsManifest"] = manifestPath };
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ClientGenerator().AsSourceGenerator()], files, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new BuildProperties(buildProperties));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        var sources = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return new GeneratorRun(sources, diagnostics.AddRange(result.Diagnostics).Distinct().ToImmutableArray(), output);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gateway.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Gateway.sln not found above the test output.");
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Append(typeof(IOperationResult<>).Assembly.Location)
            .Append(typeof(HttpClientFactoryServiceCollectionExtensions).Assembly.Location)
            .Append(typeof(IServiceCollection).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
    }

    private sealed class BuildProperties(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(IReadOnlyDictionary<string, string> Sources, ImmutableArray<Diagnostic> Diagnostics, Compilation Output);
