using System.Net;
using System.Net.Sockets;

namespace Airspace.Feeds.Http;

/// <summary>
/// <see cref="AddressPolicy"/> applied to a URL before it is saved (<c>airspace sources add</c>): the host is resolved
/// and judged as the fetcher will judge it, so a loopback or private source is refused at once, with the option that
/// allows it named, instead of failing at every poll. A host that cannot be resolved now is not refused here.
/// </summary>
public static class AddressCheck
{
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(5);

    /// <summary>What to add to a refusal where the operator may allow such an address (CLI add and import).</summary>
    public const string LocalHint = "add --local to follow a source on this machine or your private network";

    /// <summary>Null when the fetcher may connect to <paramref name="url"/>'s host; otherwise what kind of address it is ("a loopback").</summary>
    /// <param name="local">The source allows loopback and private addresses (only link-local and metadata ones are refused).</param>
    public static async Task<string?> RefusalAsync(Uri url, bool local, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Literal(url) is { } literal)
        {
            return Judge(literal, local);
        }

        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(url.IdnHost, ct).WaitAsync(LookupTimeout, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException or ArgumentException)
        {
            return null;
        }

        var refusals = addresses.Select(a => Judge(a, local)).ToList();
        return refusals.Count > 0 && refusals.All(r => r is not null) ? refusals[0] : null;
    }

    /// <summary>
    /// The check without the network: only a literal address or a <c>localhost</c> name is judged (for imports, which
    /// never touch the network; the fetcher checks every connection again at poll time).
    /// </summary>
    public static string? LiteralRefusal(Uri url, bool local)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Literal(url) is { } literal ? Judge(literal, local) : null;
    }

    /// <summary>The address a URL names without a lookup: an IP literal, or loopback for <c>localhost</c> names.</summary>
    private static IPAddress? Literal(Uri url)
    {
        var host = url.IdnHost.Trim('[', ']');
        return IPAddress.TryParse(host, out var literal) ? literal
            : string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : null;
    }

    private static string? Judge(IPAddress address, bool local) => local ? AddressPolicy.LocalRefusal(address) : AddressPolicy.Refusal(address);
}
