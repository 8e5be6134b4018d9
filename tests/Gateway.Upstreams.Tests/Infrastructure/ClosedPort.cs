using System.Net;
using System.Net.Sockets;

namespace Gateway.Upstreams.Tests.Infrastructure;

public static class ClosedPort
{
    /// <summary>A loopback URL on a port that was free a moment ago and has nothing listening: connections are refused.</summary>
    public static string Url(string path)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/{path}";
    }
}
