using System.Diagnostics;
using System.Text;

namespace Gateway.Bench.Hosting;

/// <summary>
/// A <c>dotnet app.dll</c> this bench started on loopback. Disposing kills it and its children; nothing else is ever
/// killed. Also reads the CPU time and resident memory the measurements need.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private static readonly List<ChildProcess> Running = [];
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public static async Task<ChildProcess> StartAsync(string name, string dll, IEnumerable<string> arguments, string readyPath, CancellationToken ct)
    {
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // The parent's environment could point the child elsewhere; the command line is the whole configuration.
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {name}.");
        var child = new ChildProcess(name, process, baseAddress);
        lock (Running) Running.Add(child);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await child.WaitUntilReadyAsync(readyPath, ct);
        return child;
    }

    /// <summary>Kills every child still running; for Ctrl+C and unexpected exits.</summary>
    public static void KillAll()
    {
        ChildProcess[] running;
        lock (Running) running = [.. Running];
        foreach (var child in running) child.Dispose();
    }

    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Resident set size now, in bytes.</summary>
    public long ResidentBytes()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>The highest resident set size the process ever had (Linux VmHWM), in bytes.</summary>
    public long PeakResidentBytes()
    {
        var status = $"/proc/{_process.Id}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line[6..].Trim().Split(' ')[0], out var kib)) return kib * 1024;
        }

        _process.Refresh();
        return _process.PeakWorkingSet64;
    }

    public void Dispose()
    {
        lock (Running) Running.Remove(this);
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilReadyAsync(string readyPath, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) break;
            try
            {
                using var response = await http.GetAsync(readyPath, ct);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            await Task.Delay(100, ct);
        }

        string output;
        lock (_output) output = _output.ToString();
        Dispose();
        throw new InvalidOperationException($"{Name} did not become ready at {BaseAddress}{readyPath}. Its output:\n{output}");
    }
}
