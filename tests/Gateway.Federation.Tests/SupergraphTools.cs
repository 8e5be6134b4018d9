using System.Diagnostics;
using Gateway.Testing;

namespace Gateway.Federation.Tests;

/// <summary>The npm-installed supergraph tools in Supergraph/ (composition script and Hive Gateway).</summary>
public static class SupergraphTools
{
    public static string Root { get; } = Path.Combine(RepositoryFiles.Root, "tests", "Gateway.Federation.Tests", "Supergraph");

    /// <summary>A path below <see cref="Root"/>; says how to install the tools when they are missing.</summary>
    public static string Resolve(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing: the build installs the supergraph tools with 'npm ci' in {Root}. " +
                "Install Node.js (npm) and rebuild, or run 'npm ci' there.");
        return path;
    }

    /// <summary>
    /// Composes the subgraphs with @theguild/federation-composition (compose.mjs) into <paramref name="supergraphPath"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The subgraphs do not compose; the message carries the composition errors.</exception>
    public static async Task ComposeAsync(string supergraphPath, IEnumerable<(string Name, Uri Url, string SdlPath)> subgraphs)
    {
        Resolve("node_modules/@theguild/federation-composition/package.json");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Root, "compose.mjs"));
        start.ArgumentList.Add(supergraphPath);
        foreach (var (name, url, sdlPath) in subgraphs) start.ArgumentList.Add($"{name}={url}={sdlPath}");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Composition did not finish within 60 s.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Composition failed (exit {process.ExitCode}):\n{await stderr}\n{await stdout}");
    }
}
