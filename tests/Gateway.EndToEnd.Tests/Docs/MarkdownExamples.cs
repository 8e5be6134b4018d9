using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Gateway.EndToEnd.Tests.Docs;

/// <summary>
/// A documented request and the response the page shows for it: a <c>```graphql</c> fence followed by a <c>```json</c>
/// fence with at most blank lines or one line of prose between. When the operation declares variables and two json
/// fences follow back to back, the first holds the variables and the second the response. A fence whose info string
/// says more than the language (<c>```graphql router</c>: an example sent to a supergraph router) is not run here.
/// </summary>
public sealed record MarkdownExample(string File, int Line, string Query, JsonObject? Variables, JsonNode Expected)
{
    public override string ToString() => $"{File}:{Line}";
}

public static partial class MarkdownExamples
{
    private sealed record Fence(string Language, string Body, int StartLine, int EndLine);

    /// <summary>Every example of one Markdown file.</summary>
    public static IEnumerable<MarkdownExample> Read(string path, string displayName)
    {
        var lines = File.ReadAllLines(path);
        var fences = Fences(lines);
        for (var i = 0; i < fences.Count; i++)
        {
            if (fences[i].Language != "graphql" || i + 1 >= fences.Count) continue;
            var next = fences[i + 1];
            if (next.Language != "json" || !OnlyGap(lines, fences[i].EndLine, next.StartLine)) continue;

            var query = fences[i].Body;
            JsonObject? variables = null;
            var expected = next;
            if (VariableDeclaration().IsMatch(query) && i + 2 < fences.Count && fences[i + 2].Language == "json"
                && fences[i + 2].StartLine == next.EndLine + 1)
            {
                variables = JsonNode.Parse(next.Body)!.AsObject();
                expected = fences[i + 2];
            }

            yield return new MarkdownExample(displayName, fences[i].StartLine + 1, query, variables, JsonNode.Parse(expected.Body)!);
        }
    }

    private static List<Fence> Fences(string[] lines)
    {
        var fences = new List<Fence>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal)) continue;
            var language = lines[i][3..].Trim();
            var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            if (end < 0) break;
            fences.Add(new Fence(language, string.Join('\n', lines[(i + 1)..end]), i, end));
            i = end;
        }

        return fences;
    }

    // Between the two fences: nothing but blank lines and at most one line of prose.
    private static bool OnlyGap(string[] lines, int endOfFirst, int startOfSecond) =>
        lines[(endOfFirst + 1)..startOfSecond].Count(l => !string.IsNullOrWhiteSpace(l)) <= 1;

    [GeneratedRegex(@"^\s*(query|mutation)\b[^{]*\(\s*\$", RegexOptions.Multiline)]
    private static partial Regex VariableDeclaration();
}
