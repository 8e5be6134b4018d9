using Gateway.Testing;

namespace Gateway.Playground.Tests;

/// <summary>Where the browser tests leave screenshots: TestResults/ of this project, and docs/ for the README.</summary>
internal static class TestArtifacts
{
    public static string Directory { get; } =
        System.IO.Directory.CreateDirectory(Path.Combine(RepositoryFiles.Root, "tests", "Gateway.Playground.Tests", "TestResults")).FullName;

    /// <summary>
    /// Copies a screenshot to docs/ when it is missing there or PLAYGROUND_UPDATE_DOCS=1, so that an
    /// ordinary test run does not leave a changed image (new port, new clock) in the working tree.
    /// </summary>
    public static void CopyToDocs(string screenshot)
    {
        var target = Path.Combine(RepositoryFiles.Root, "docs", Path.GetFileName(screenshot));
        if (!File.Exists(target) || Environment.GetEnvironmentVariable("PLAYGROUND_UPDATE_DOCS") == "1")
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(screenshot, target, overwrite: true);
        }
    }
}
