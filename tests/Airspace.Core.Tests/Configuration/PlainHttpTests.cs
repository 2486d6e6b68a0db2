using Airspace.Core.Configuration;

namespace Airspace.Core.Tests.Configuration;

public sealed class PlainHttpTests
{
    [Theory]
    [InlineData("https://api.telegram.org")]
    [InlineData("wss://gateway.discord.gg")]
    [InlineData("http://127.0.0.1:8081")]
    [InlineData("http://localhost:11434/v1")]
    [InlineData("ws://[::1]:9000")]
    public void Refusal_SecureOrLoopback_IsNull(string url)
    {
        Assert.Null(PlainHttp.Refusal("Airspace:Telegram:ApiBaseUrl", new Uri(url), allowInsecure: false));
        Assert.Null(PlainHttp.Warning("Airspace:Telegram:ApiBaseUrl", new Uri(url), allowInsecure: true));
    }

    [Theory]
    [InlineData("http://bot-api:8081", "https")]
    [InlineData("http://10.0.0.5/api", "https")]
    [InlineData("ws://gateway.example", "wss")]
    public void Refusal_PlainToAnotherHost_OneSentenceNamingTheKeyAndTheSwitch(string url, string secure)
    {
        var refusal = PlainHttp.Refusal("Airspace:Discord:GatewayUrl", new Uri(url), allowInsecure: false);

        Assert.NotNull(refusal);
        Assert.StartsWith("Airspace:Discord:GatewayUrl is plain", refusal, StringComparison.Ordinal);
        Assert.Contains("Airspace:Discord:AllowInsecureHttp=true", refusal, StringComparison.Ordinal);
        Assert.Contains("use " + secure, refusal, StringComparison.Ordinal);
        Assert.EndsWith(".", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Warning_PlainToAnotherHostAllowed_IsAcceptedWithAWarning()
    {
        var url = new Uri("http://bot-api:8081");

        Assert.Null(PlainHttp.Refusal("Airspace:Telegram:ApiBaseUrl", url, allowInsecure: true));
        Assert.Contains("in clear", PlainHttp.Warning("Airspace:Telegram:ApiBaseUrl", url, allowInsecure: true), StringComparison.Ordinal);
    }
}
