using System.Text.RegularExpressions;
using Gateway.Testing;

namespace Gateway.Tests.Documentation;

/// <summary>
/// README.md is the front door and docs/ the reference behind it: every relative link among them (and to the
/// code, the schema, the benchmark) must lead somewhere, heading anchors included, as GitHub renders them.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    public static TheoryData<string> Pages() => new(MarkdownPages());

    private static IEnumerable<string> MarkdownPages() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("docs"), "*.md").Order()
            .Select(page => Path.GetRelativePath(RepositoryFiles.Root, page).Replace('\\', '/'))
            .Prepend("README.md");

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryRelativeLink_Resolves(string page)
    {
        var pagePath = RepositoryFiles.PathOf(page);
        var broken = new List<string>();

        foreach (var target in RelativeLinks(File.ReadAllText(pagePath)))
        {
            var (file, anchor) = SplitAnchor(target);
            var targetPath = file.Length == 0 ? pagePath : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(pagePath)!, Uri.UnescapeDataString(file)));
            if (!File.Exists(targetPath) && !Directory.Exists(targetPath))
            {
                broken.Add($"{target} (no such file)");
            }
            else if (anchor is not null && targetPath.EndsWith(".md", StringComparison.Ordinal) && !HeadingAnchors(File.ReadAllText(targetPath)).Contains(anchor))
            {
                broken.Add($"{target} (no heading with that anchor)");
            }
        }

        Assert.True(broken.Count == 0, $"{page} has broken links: {string.Join("; ", broken)}");
    }

    [Fact]
    public void EveryDocsPage_IsLinkedFromTheReadme()
    {
        var linked = RelativeLinks(File.ReadAllText(RepositoryFiles.PathOf("README.md"))).Select(l => SplitAnchor(l).File).ToHashSet();
        var orphans = MarkdownPages().Where(p => p.StartsWith("docs/", StringComparison.Ordinal) && !linked.Contains(p)).ToList();

        Assert.True(orphans.Count == 0, $"docs pages no README link leads to: {string.Join(", ", orphans)}");
    }

    [Fact]
    public void Readme_IsAFrontDoor()
    {
        var readme = File.ReadAllLines(RepositoryFiles.PathOf("README.md"));
        var firstScreen = string.Join('\n', readme.Take(20));

        Assert.True(readme.Length < 200, $"README.md has {readme.Length} lines; move reference material to docs/.");
        Assert.Contains("dotnet run --project src/Gateway", firstScreen);
        Assert.Contains("dotnet test", firstScreen);
    }

    private static IEnumerable<string> RelativeLinks(string markdown)
    {
        var withoutCode = FencedCode().Replace(markdown, "");
        return MarkdownLink().Matches(withoutCode).Select(m => m.Groups["target"].Value)
            .Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith("mailto:", StringComparison.Ordinal));
    }

    private static (string File, string? Anchor) SplitAnchor(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (target, null) : (target[..hash], target[(hash + 1)..]);
    }

    /// <summary>GitHub's heading anchors: lower-cased, punctuation dropped, spaces to hyphens, repeats numbered.</summary>
    private static HashSet<string> HeadingAnchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(FencedCode().Replace(markdown, "")))
        {
            var slug = AnchorPunctuation().Replace(heading.Groups["text"].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            var anchor = slug;
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    [GeneratedRegex(@"(?ms)^```.*?^```")]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?m)^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\s_-]")]
    private static partial Regex AnchorPunctuation();
}
