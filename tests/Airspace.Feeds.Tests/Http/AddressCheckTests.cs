using Airspace.Feeds.Http;

namespace Airspace.Feeds.Tests.Http;

public sealed class AddressCheckTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/feed", false, "a loopback")]
    [InlineData("http://localhost/", false, "a loopback")]
    [InlineData("http://[::1]/", false, "a loopback")]
    [InlineData("http://192.168.1.10/", false, "a private")]
    [InlineData("http://10.0.0.1/", false, "a private")]
    [InlineData("http://127.0.0.1:8080/feed", true, null)]
    [InlineData("http://192.168.1.10/", true, null)]
    [InlineData("http://169.254.169.254/latest/meta-data/", true, "a link-local")]
    [InlineData("http://93.184.215.14/", false, null)]
    public async Task RefusalAsync_Address_IsJudgedByTheFetchersPolicy(string url, bool local, string? expected) =>
        Assert.Equal(expected, await AddressCheck.RefusalAsync(new Uri(url), local, default));
}
