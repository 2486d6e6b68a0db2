using System.Net;
using System.Net.Sockets;

namespace Airspace.Feeds.Http;

/// <summary>
/// The SSRF guard's rule: which IP addresses a fetch may connect to. Loopback, private, shared (CGNAT), link-local,
/// multicast, unspecified, broadcast, documentation/benchmark and reserved ranges are refused unless the source is
/// configured as Local. IPv4-mapped and NAT64 IPv6 addresses are judged by the IPv4 address inside.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Null when a public fetch may connect to <paramref name="address"/>; otherwise what kind of address it is.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return Refusal(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => V4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => V6(address),
            _ => "a non-IP",
        };
    }

    private static string? V4(byte[] b) => b switch
    {
        [0, ..] => "an unspecified",
        [10, ..] => "a private",
        [100, >= 64 and <= 127, ..] => "a shared (carrier-grade NAT)",
        [127, ..] => "a loopback",
        [169, 254, ..] => "a link-local",
        [172, >= 16 and <= 31, ..] => "a private",
        [192, 0, 0, _] => "a reserved",
        [192, 0, 2, _] or [198, 51, 100, _] or [203, 0, 113, _] => "a documentation",
        [192, 168, ..] => "a private",
        [198, 18 or 19, ..] => "a benchmarking",
        [>= 224 and <= 239, ..] => "a multicast",
        [255, 255, 255, 255] => "a broadcast",
        [>= 240, ..] => "a reserved",
        _ => null,
    };

    private static string? V6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "a loopback";
        }

        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return "an unspecified";
        }

        var b = address.GetAddressBytes();
        if (address.IsIPv6Multicast)
        {
            return "a multicast";
        }

        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "a link-local";
        }

        if ((b[0] & 0xFE) == 0xFC)
        {
            return "a private (unique local)";
        }

        // 64:ff9b::/96 (NAT64) carries an IPv4 address in its last four bytes.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return V4(b[12..]);
        }

        // ::/96 (IPv4-compatible, deprecated) likewise.
        return b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 ? V4(b[12..]) ?? "a reserved" : null;
    }
}
