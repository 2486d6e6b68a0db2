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
    [InlineData("discord-webhook:newsroom", "discord-webhook:newsroom")]
    [InlineData("Discord-Webhook:News_Room-2", "discord-webhook:news_room-2")]
    [InlineData("discord-webhook:abcdefghijklmnopqrstuvwxyz012345", "discord-webhook:abcdefghijklmnopqrstuvwxyz012345")]
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
    [InlineData("discord-webhook:", "A webhook name is 1–32 characters")]
    [InlineData("discord-webhook:news room", "A webhook name is 1–32 characters")]
    [InlineData("discord-webhook:abcdefghijklmnopqrstuvwxyz0123456", "A webhook name is 1–32 characters")]
    [InlineData("discord-webhook:nyhetér", "A webhook name is 1–32 characters")]
    public void TryParse_InvalidAddress_ExplainsWhy(string text, string expected)
    {
        Assert.False(ChannelAddress.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("discord-webhook:https://discord.com/api/webhooks/1234567890/s3cr3t-T0ken_x")]
    [InlineData("https://discord.com/api/webhooks/1234567890/s3cr3t-T0ken_x")]
    [InlineData("discord-webhook:1234567890/s3cr3t-T0ken_x")]
    public void TryParse_WebhookUrlPasted_PointsToTheConfigurationKeyWithoutEchoingTheToken(string text)
    {
        Assert.False(ChannelAddress.TryParse(text, out _, out var error));
        Assert.Contains("use discord-webhook:<name> and put the URL in Airspace__Discord__Webhooks__<name>", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ForDiscordWebhook_Name_CanonicalLowerCaseAddress()
    {
        var address = ChannelAddress.ForDiscordWebhook("Newsroom");

        Assert.Equal(ChannelAddress.DiscordWebhook, address.Platform);
        Assert.Equal("newsroom", address.Target);
        Assert.Equal("discord-webhook:newsroom", address.ToString());
    }

    [Fact]
    public void ForDiscordWebhook_BadName_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChannelAddress.ForDiscordWebhook("https://discord.com/api/webhooks/1/x"));
        Assert.Throws<ArgumentException>(() => ChannelAddress.ForDiscordWebhook(""));
    }

    [Fact]
    public void ForTelegram_WithTopic_IncludesTopicInTarget()
    {
        Assert.Equal("telegram:-100/7", ChannelAddress.ForTelegram(-100, 7).ToString());
        Assert.Equal("discord:99", ChannelAddress.ForDiscord(99).ToString());
    }
}
