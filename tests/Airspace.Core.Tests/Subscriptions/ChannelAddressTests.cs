using Airspace.Core.Subscriptions;

namespace Airspace.Core.Tests.Subscriptions;

public sealed class ChannelAddressTests
{
    [Theory]
    [InlineData("console", "console")]
    [InlineData(" Console ", "console")]
    [InlineData("telegram:-1001234567890", "telegram:-1001234567890")]
    [InlineData("telegram:-100123/42", "telegram:-100123/42")]
    [InlineData("TELEGRAM:42", "telegram:42")]
    [InlineData("discord:123456789012345678", "discord:123456789012345678")]
    public void TryParse_ValidAddress_RoundTripsToCanonicalForm(string text, string canonical)
    {
        Assert.True(ChannelAddress.TryParse(text, out var address, out var error), error);
        Assert.Equal(canonical, address.ToString());
        Assert.Equal(address, ChannelAddress.Parse(address.ToString()));
    }

    [Theory]
    [InlineData("", "not a channel address")]
    [InlineData("telegram:", "not a Telegram chat id")]
    [InlineData("telegram:@channel", "not a Telegram chat id")]
    [InlineData("discord:-5", "not a Discord channel id")]
    [InlineData("slack:C123", "Unknown platform 'slack'")]
    public void TryParse_InvalidAddress_ExplainsWhy(string text, string expected)
    {
        Assert.False(ChannelAddress.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ForTelegram_WithTopic_IncludesTopicInTarget()
    {
        Assert.Equal("telegram:-100/7", ChannelAddress.ForTelegram(-100, 7).ToString());
        Assert.Equal("discord:99", ChannelAddress.ForDiscord(99).ToString());
    }
}
