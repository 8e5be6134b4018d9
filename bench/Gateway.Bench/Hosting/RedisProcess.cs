using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gateway.Bench.Hosting;

/// <summary>A redis-server this bench started on a free loopback port, without persistence; disposing stops it.</summary>
public sealed class RedisProcess : IDisposable
{
    private readonly Process _process;

    private RedisProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Connection => $"127.0.0.1:{Port}";

    public static async Task<RedisProcess> StartAsync(CancellationToken ct)
    {
        var port = FreePort.Next();
        var info = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            info.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("Could not start redis-server.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("redis-server is not on PATH; .ci/run installs it (Debian package redis-server).");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var redis = new RedisProcess(process, port);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, ct);
                return redis;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(50, ct);
            }
            catch
            {
                redis.Dispose();
                throw;
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill();
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
