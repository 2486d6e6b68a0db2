using System.Net;
using System.Net.Sockets;

namespace Airspace.Feeds.Http;

/// <summary>
/// The SSRF guard at the socket: the host is resolved here and the connection made to an address that passed
/// <see cref="AddressPolicy"/>, so DNS rebinding between check and connect is impossible, and every redirect hop is
/// checked the same way. Two handlers exist (strict and local-allowed) so a pooled connection made for a Local
/// source can never serve a strict request.
/// </summary>
internal static class GuardedHandler
{
    public static SocketsHttpHandler Create(bool allowLocal, TimeSpan connectTimeout) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = connectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxResponseHeadersLength = 64,
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowLocal, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowLocal, CancellationToken ct)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        var allowed = addresses.Where(a => (allowLocal ? AddressPolicy.LocalRefusal(a) : AddressPolicy.Refusal(a)) is null).ToArray();
        if (allowed.Length == 0)
        {
            throw new SsrfRefusedException(allowLocal || AddressPolicy.LocalRefusal(addresses[0]) is not null
                ? $"refused to connect to {host}: it is {AddressPolicy.LocalRefusal(addresses[0])} address (never fetched, not even for Local sources: cloud metadata services live there)"
                : $"refused to connect to {host}: it is {AddressPolicy.Refusal(addresses[0])} address (only sources configured as Local may use loopback or private addresses, and only on their own host)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
