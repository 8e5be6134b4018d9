using System.Collections.Generic;
using GraphQLParser.AST;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Gateway.Client.Generator.Documents;

/// <summary>A parsed <c>.graphql</c> file; maps parser offsets to file, line and column for diagnostics.</summary>
internal sealed class SourceFile(string path, string text, GraphQLDocument document)
{
    private readonly SourceText _source = SourceText.From(text);

    public string Path { get; } = path;

    public string Text { get; } = text;

    public GraphQLDocument Document { get; } = document;

    /// <summary>Offsets just after a <c>{</c> where the generator adds <c>__typename</c> for union and interface selections.</summary>
    public SortedSet<int> TypeNameInsertions { get; } = new();

    public Location At(ASTNode node) => At(node.Location.Start, node.Location.End);

    public Location At(int start, int end) => At(Path, _source, start, end);

    public static Location At(string path, SourceText source, int start, int end)
    {
        var span = TextSpan.FromBounds(start, System.Math.Max(start, end));
        return Location.Create(path, span, source.Lines.GetLinePositionSpan(span));
    }

    /// <summary>The text of <paramref name="node"/> with the <c>__typename</c> insertions applied.</summary>
    public string Slice(ASTNode node)
    {
        var builder = new System.Text.StringBuilder();
        var position = node.Location.Start;
        foreach (var offset in TypeNameInsertions.GetViewBetween(node.Location.Start, node.Location.End))
        {
            builder.Append(Text, position, offset - position).Append(" __typename");
            position = offset;
        }

        return builder.Append(Text, position, node.Location.End - position).ToString();
    }
}
