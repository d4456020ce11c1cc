using System.Net;
using System.Net.Sockets;

namespace JrCasework.TestSupport;

/// <summary>Ports on loopback for servers a test starts.</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now (the system's next free one).</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
