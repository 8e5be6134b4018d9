namespace Gateway.Playground.Tests;

/// <summary>Where the browser tests leave screenshots: TestResults/ of this project, and docs/ for the README.</summary>
internal static class TestArtifacts
{
    private static readonly DirectoryInfo RepositoryRoot = FindRepositoryRoot();

    public static string Directory { get; } =
        System.IO.Directory.CreateDirectory(Path.Combine(RepositoryRoot.FullName, "tests", "Gateway.Playground.Tests", "TestResults")).FullName;

    /// <summary>
    /// Copies a screenshot to docs/ when it is missing there or PLAYGROUND_UPDATE_DOCS=1, so that an
    /// ordinary test run does not leave a changed image (new port, new clock) in the working tree.
    /// </summary>
    public static void CopyToDocs(string screenshot)
    {
        var target = Path.Combine(RepositoryRoot.FullName, "docs", Path.GetFileName(screenshot));
        if (!File.Exists(target) || Environment.GetEnvironmentVariable("PLAYGROUND_UPDATE_DOCS") == "1")
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(screenshot, target, overwrite: true);
        }
    }

    private static DirectoryInfo FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"Gateway.sln not found above {AppContext.BaseDirectory}.");
    }
}
