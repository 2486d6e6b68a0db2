using System.Net;
using System.Net.Sockets;

namespace Airspace.Feeds.Http;

/// <summary>
/// The SSRF guard's rule: which IP addresses a fetch may connect to. Loopback, private, shared (CGNAT), link-local,
/// multicast, unspecified, broadcast, documentation/benchmark and reserved ranges are refused unless the source is
/// configured as Local. IPv4-mapped, NAT64 (64:ff9b::/96, 64:ff9b:1::/48), 6to4 (2002::/16) and Teredo (2001::/32)
/// IPv6 addresses are judged by the IPv4 address inside. Link-local addresses and the cloud metadata address
/// fd00:ec2::254 are refused even for Local sources (<see cref="LocalRefusal"/>).
/// </summary>
public static class AddressPolicy
{
    private const string LinkLocal = "a link-local";

    /// <summary>AWS's IPv6 instance metadata endpoint (the IPv4 one, 169.254.169.254, is link-local).</summary>
    private static readonly IPAddress MetadataV6 = IPAddress.Parse("fd00:ec2::254");

    /// <summary>Null when a Local source may connect to <paramref name="address"/>: all but link-local and metadata addresses.</summary>
    public static string? LocalRefusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Equals(MetadataV6) ? "a cloud metadata"
            : Refusal(address) == LinkLocal ? LinkLocal
            : null;
    }

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
        [169, 254, ..] => LinkLocal,
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
            return LinkLocal;
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

        // 64:ff9b:1::/48 (local-use NAT64, RFC 8215): with a /96 prefix the IPv4 address is the last four bytes and is
        // judged; the shorter prefixes (/48 to /64) place it around the u octet in ways that cannot be told apart, and
        // the range never leaves the operator's network, so those forms are refused.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0x00 && b[5] == 0x01)
        {
            return b.AsSpan(6, 6).IndexOfAnyExcept((byte)0) < 0 ? V4(b[12..]) : "a local-use NAT64";
        }

        // 2002::/16 (6to4) carries the IPv4 address in bytes 2-5.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return V4(b[2..6]);
        }

        // 2001::/32 (Teredo): the server's IPv4 address in bytes 4-7, the client's inverted in the last four.
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            return V4([.. b[12..].Select(x => (byte)~x)]) ?? V4(b[4..8]);
        }

        // ::/96 (IPv4-compatible, deprecated) likewise.
        return b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 ? V4(b[12..]) ?? "a reserved" : null;
    }
}
