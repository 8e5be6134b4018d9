using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;

namespace Gateway.Federation.Tests;

/// <summary>
/// Hive Gateway (npm <c>@graphql-hive/gateway</c>) serving a composed supergraph on a free 127.0.0.1 port, as a
/// real Node.js process. Disposing it ends the whole process tree it started.
/// </summary>
public sealed class HiveGateway : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output;

    private HiveGateway(Process process, StringBuilder output, Uri endpoint)
    {
        this.process = process;
        this.output = output;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>What the gateway printed so far, for failure messages.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<HiveGateway> StartAsync(string supergraphPath, TimeSpan startTimeout)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { SupergraphTools.Resolve("node_modules/@graphql-hive/gateway/dist/bin.js"), "supergraph", supergraphPath,
                "--host", "127.0.0.1", "--port", port.ToString(), "--fork", "0" },
            WorkingDirectory = SupergraphTools.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var gateway = new HiveGateway(process, output, new Uri($"http://127.0.0.1:{port}/graphql"));
        try
        {
            await gateway.WaitUntilServingAsync(startTimeout);
            return gateway;
        }
        catch
        {
            await gateway.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Hive Gateway exited with code {process.ExitCode} before serving:\n{Output}");
            try
            {
                using var response = await http.PostAsJsonAsync(Endpoint, new { query = "{ __typename }" });
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, not answering yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Hive Gateway did not serve {Endpoint} within {timeout}:\n{Output}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
