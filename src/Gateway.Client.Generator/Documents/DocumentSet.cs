using System.Collections.Generic;
using System.Linq;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Gateway.Client.Generator.Documents;

/// <summary>An operation and the file it came from.</summary>
internal sealed record OperationSource(string Name, GraphQLOperationDefinition Definition, SourceFile File);

/// <summary>A fragment and the file it came from; fragments are shared by all documents of the project.</summary>
internal sealed record FragmentSource(string Name, GraphQLFragmentDefinition Definition, SourceFile File);

/// <summary>All operation documents of the project, parsed; syntax errors and duplicate names become diagnostics.</summary>
internal sealed class DocumentSet
{
    public List<OperationSource> Operations { get; } = new();

    public Dictionary<string, FragmentSource> Fragments { get; } = new();

    public static DocumentSet Parse(IEnumerable<(string Path, string Text)> files, List<Diagnostic> diagnostics)
    {
        var set = new DocumentSet();
        foreach (var (path, text) in files)
        {
            GraphQLDocument document;
            try
            {
                document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments });
            }
            catch (GraphQLParserException exception)
            {
                diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.Syntax, SyntaxLocation(path, text, exception), exception.Description));
                continue;
            }

            var file = new SourceFile(path, text, document);
            foreach (var definition in document.Definitions)
            {
                if (definition is GraphQLOperationDefinition operation)
                {
                    var name = operation.Name?.StringValue;
                    if (name is null)
                        diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.Operation, file.At(operation.Location.Start, operation.SelectionSet.Location.Start), "Operations need a name: it names the generated method and types"));
                    else if (set.Operations.Any(o => o.Name == name))
                        diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.Operation, file.At(operation.Name!), $"The operation '{name}' is defined twice"));
                    else
                        set.Operations.Add(new OperationSource(name, operation, file));
                }
                else if (definition is GraphQLFragmentDefinition fragment)
                {
                    var name = fragment.FragmentName.Name.StringValue;
                    if (set.Fragments.ContainsKey(name))
                        diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.Fragment, file.At(fragment.FragmentName), $"The fragment '{name}' is defined twice"));
                    else
                        set.Fragments[name] = new FragmentSource(name, fragment, file);
                }
                else
                {
                    diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.Operation, file.At(definition), "Operation documents hold only operations and fragments"));
                }
            }
        }

        return set;
    }

    private static Microsoft.CodeAnalysis.Location SyntaxLocation(string path, string text, GraphQLParserException exception)
    {
        var source = SourceText.From(text);
        var line = System.Math.Max(0, System.Math.Min(exception.Location.Line - 1, source.Lines.Count - 1));
        var start = System.Math.Min(source.Lines[line].Start + System.Math.Max(0, exception.Location.Column - 1), text.Length);
        return SourceFile.At(path, source, start, start);
    }
}
