using Xunit;

namespace Gateway.Testing;

/// <summary>
/// Files the repository publishes from the code (the schema, the federation SDL): the committed copy must equal what
/// the code produces. With <c>UPDATE_SCHEMA=1</c> the test rewrites the file first, for review in the diff.
/// </summary>
public static class PublishedFile
{
    public static void AssertEquals(string relativePath, string produced, string regenerateCommand)
    {
        var path = RepositoryFiles.PathOf(relativePath);
        var normalized = produced.ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(path, normalized);
        var published = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(published == normalized,
            $"{relativePath} differs from what the code produces. Run `{regenerateCommand}` and review the diff before committing.");
    }
}
