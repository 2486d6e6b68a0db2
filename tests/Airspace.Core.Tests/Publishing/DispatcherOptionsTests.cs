using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Core.Tests.Publishing;

public sealed class DispatcherOptionsTests
{
    [Fact]
    public void ConcurrencyOf_PlatformOverride_AppliesToThatPlatformsLanesOnly()
    {
        var options = new DispatcherOptions { Concurrency = 3 };
        options.Platforms["Discord-Webhook"] = new PlatformDispatchOptions { Concurrency = 1 };
        options.Platforms["telegram"] = new PlatformDispatchOptions { Concurrency = 16 };

        Assert.Equal(16, options.ConcurrencyOf(DispatchLane.For(ChannelAddress.ForTelegram(-100))));
        Assert.Equal(1, options.ConcurrencyOf(DispatchLane.For(ChannelAddress.ForDiscordWebhook("news"))));
        Assert.Equal(3, options.ConcurrencyOf(DispatchLane.For(ChannelAddress.ForDiscord(42))));
        Assert.Null(options.Validate());
    }

    [Fact]
    public void Validate_UnknownPlatformOrBadConcurrency_OneSentenceNamingTheKey()
    {
        var unknown = new DispatcherOptions();
        unknown.Platforms["telgram"] = new PlatformDispatchOptions { Concurrency = 2 };
        var zero = new DispatcherOptions();
        zero.Platforms["discord"] = new PlatformDispatchOptions { Concurrency = 0 };

        Assert.StartsWith("Airspace:Dispatcher:Platforms:telgram is not a platform", unknown.Validate(), StringComparison.Ordinal);
        Assert.Equal("Airspace:Dispatcher:Platforms:discord:Concurrency must be between 1 and 64.", zero.Validate());
    }

    [Fact]
    public void DispatchLane_WebhooksEachTheirOwnLaneOtherPlatformsOneEach()
    {
        var telegram = DispatchLane.For(ChannelAddress.ForTelegram(-100, 7));

        Assert.Equal(telegram, DispatchLane.For(ChannelAddress.ForTelegram(-200)));
        Assert.NotEqual(DispatchLane.For(ChannelAddress.ForDiscordWebhook("a")), DispatchLane.For(ChannelAddress.ForDiscordWebhook("b")));
        Assert.NotEqual(DispatchLane.For(ChannelAddress.ForDiscord(1)), DispatchLane.For(ChannelAddress.ForDiscordWebhook("a")));
    }
}
