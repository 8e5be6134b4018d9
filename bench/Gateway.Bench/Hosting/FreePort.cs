using System.Net;
using System.Net.Sockets;

namespace Gateway.Bench.Hosting;

public static class FreePort
{
    /// <summary>A loopback port that was free a moment ago; the child process binds it right after.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
