using System.Net;
using Airspace.Feeds.Http;

namespace Airspace.Feeds.Tests.Http;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fd00::1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("100.64.0.1", "carrier-grade")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("64:ff9b::a00:1", "private")]
    [InlineData("64:ff9b:1::7f00:1", "loopback")]
    [InlineData("64:ff9b:1::a9fe:a9fe", "link-local")]
    [InlineData("64:ff9b:1:a9fe:a9:fe00::", "local-use NAT64")]
    [InlineData("2002:7f00:1::1", "loopback")]
    [InlineData("2002:a9fe:a9fe::", "link-local")]
    [InlineData("2001:0:4136:e378:8000:63bf:f5ff:fffe", "private")]
    public void Refusal_NonPublicAddress_NamesItsKind(string address, string kind)
    {
        var refusal = AddressPolicy.Refusal(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains(kind, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    public void Refusal_PublicAddress_IsNull(string address) => Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("2002:0808:0808::1")]
    [InlineData("64:ff9b:1::808:808")]
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7")]
    public void Refusal_PublicAddressEmbeddedInIpv6_IsNull(string address) => Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("2002:a9fe:a9fe::")]
    public void LocalRefusal_LinkLocalOrMetadata_Refused(string address) => Assert.NotNull(AddressPolicy.LocalRefusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("fd00::1")]
    public void LocalRefusal_LoopbackOrPrivate_Allowed(string address) => Assert.Null(AddressPolicy.LocalRefusal(IPAddress.Parse(address)));
}
