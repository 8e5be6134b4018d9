namespace Gateway.Testing;

/// <summary>
/// The external programs tests start (Chromium, redis-server, node). `dotnet test` installs them first
/// (tests/Directory.Build.targets); a run that skipped that step, an IDE's for instance, fails with one sentence
/// naming the program and the command that installs it, instead of the program's own stack trace.
/// </summary>
public static class ExternalProgram
{
    /// <summary>The full path of <paramref name="program"/> on PATH, or a failure that says how to install it.</summary>
    public static string Require(string program, string debianPackage)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new MissingProgramException(
            $"This test needs the program '{program}', which is not on PATH: run `dotnet test` (it installs it), " +
            $"or install it by hand with `sudo apt-get install -y {debianPackage}`.");
    }
}

/// <summary>A missing program is a machine set-up problem: the message says it all, a stack trace would only hide it.</summary>
public sealed class MissingProgramException(string message) : Exception(message)
{
    public override string? StackTrace => null;
}
