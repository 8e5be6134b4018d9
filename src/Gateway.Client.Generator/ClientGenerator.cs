using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Gateway.Client.Generator.Config;
using Gateway.Client.Generator.Documents;
using Gateway.Client.Generator.Emit;
using Gateway.Client.Generator.Schema;
using GraphQLParser;
using GraphQLParser.Exceptions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Gateway.Client.Generator;

/// <summary>
/// Generates a typed GraphQL client (Strawberry Shake's shape) from <c>.graphqlrc.json</c>, the schema it names and the
/// project's <c>.graphql</c> operation files, all passed as AdditionalFiles.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(f => f.Path.EndsWith(".graphql", System.StringComparison.OrdinalIgnoreCase) || PathText.FileName(f.Path) == ".graphqlrc.json")
            .Select((f, ct) => new InputFile(PathText.Normalize(f.Path), f.GetText(ct)?.ToString() ?? ""))
            .Collect();
        var manifestPath = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => options.GlobalOptions.TryGetValue("build_property.GraphQLPersistedOperationsManifest", out var path) ? path : "");
        context.RegisterSourceOutput(files.Combine(manifestPath), (spc, input) =>
        {
            var diagnostics = Run(input.Left, out var sources, out var manifest);
            foreach (var diagnostic in diagnostics) spc.ReportDiagnostic(diagnostic);
            foreach (var source in sources) spc.AddSource(source.Key, SourceText.From(source.Value, Encoding.UTF8));
            if (manifest is not null && !string.IsNullOrEmpty(input.Right))
                PersistedManifestFile.Write(input.Right, manifest);
        });
    }

    private static List<Diagnostic> Run(ImmutableArray<InputFile> inputs, out List<KeyValuePair<string, string>> sources, out string? manifest)
    {
        sources = new List<KeyValuePair<string, string>>();
        manifest = null;
        var diagnostics = new List<Diagnostic>();
        var ordered = inputs.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var configFile = ordered.FirstOrDefault(f => PathText.FileName(f.Path) == ".graphqlrc.json");
        if (configFile is null) return diagnostics;

        var config = ClientConfig.Read(configFile.Path, configFile.Text, out var error);
        if (config is null)
        {
            diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.Config, Microsoft.CodeAnalysis.Location.None, $"{configFile.Path}: {error}"));
            return diagnostics;
        }

        var schemaFile = ordered.FirstOrDefault(f => PathText.Same(f.Path, config.SchemaPath));
        if (schemaFile is null)
        {
            diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.Config, Microsoft.CodeAnalysis.Location.None,
                $"The schema '{config.SchemaPath}' named by {configFile.Path} is not among the AdditionalFiles"));
            return diagnostics;
        }

        SchemaModel schema;
        try
        {
            schema = SchemaReader.Read(Parser.Parse(schemaFile.Text));
        }
        catch (GraphQLParserException exception)
        {
            diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.Syntax, Microsoft.CodeAnalysis.Location.None, $"{schemaFile.Path} ({exception.Location.Line},{exception.Location.Column}): {exception.Description}"));
            return diagnostics;
        }

        var documents = DocumentSet.Parse(ordered.Where(f => f != schemaFile && f != configFile).Select(f => (f.Path, f.Text)), diagnostics);
        var validator = new DocumentValidator(schema, documents, diagnostics);
        validator.ValidateFragments();
        var valid = documents.Operations.Where(validator.ValidateOperation).ToList();
        if (diagnostics.Count > 0) return diagnostics;

        var types = new TypeMapper(schema, config.Name);
        var shapes = new ShapeBuilder(schema, documents, types);
        var fragments = documents.Fragments.Values.OrderBy(f => f.Name, System.StringComparer.Ordinal).Select(shapes.BuildFragment).ToList();
        var operations = valid.OrderBy(o => o.Name, System.StringComparer.Ordinal).ToList();
        var roots = operations.Select(o => shapes.BuildOperation(o, schema.Types[RootType(schema, o)])).ToList();

        var results = new ResultEmitter(shapes.Registry, types, config.AccessModifier);
        var emitter = new OperationEmitter(documents, types, results, config.AccessModifier, config.RequestStrategy);
        for (var i = 0; i < operations.Count; i++)
            sources.Add(new KeyValuePair<string, string>($"{config.Name}.{operations[i].Name}.g.cs", emitter.Write(config.Namespace, operations[i], roots[i])));

        if (fragments.Count > 0)
        {
            var code = CodeWriter.File(config.Namespace);
            foreach (var fragment in fragments) results.WriteTypes(code, fragment, true);
            sources.Add(new KeyValuePair<string, string>($"{config.Name}.Fragments.g.cs", code.Close().ToString()));
        }

        sources.Add(new KeyValuePair<string, string>($"{config.Name}.Types.g.cs", new TypesEmitter(schema, types, config.AccessModifier).Write(config.Namespace)));
        sources.Add(new KeyValuePair<string, string>($"{config.Name}.Client.g.cs", ClientEmitter.Write(config, operations)));
        manifest = ManifestWriter.Write(operations.Select(emitter.Document));
        return diagnostics;
    }

    private static string RootType(SchemaModel schema, OperationSource operation) => operation.Definition.Operation switch
    {
        GraphQLParser.AST.OperationType.Mutation => schema.MutationType!,
        GraphQLParser.AST.OperationType.Subscription => schema.SubscriptionType!,
        _ => schema.QueryType,
    };

    private sealed record InputFile(string Path, string Text);
}
