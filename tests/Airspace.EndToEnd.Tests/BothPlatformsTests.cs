using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Fakes;
using Airspace.Telegram.Tests.Fake;
using DiscordHost = Airspace.Discord.Tests.Support.TestHost;

namespace Airspace.EndToEnd.Tests;

/// <summary>
/// The whole bot against the strict fake Telegram Bot API and the fake Discord (REST + gateway) at the same time:
/// an article dropped into the inbox reaches every subscribed channel on both platforms exactly once, while one
/// channel on each platform answers 429.
/// </summary>
[Collection(WholeBot.Name)]
public sealed class BothPlatformsTests
{
    private const long TelegramPrivate = 7001;
    private const long TelegramGroup = -1007002;
    private const ulong DiscordA = 2200000000000000001;
    private const ulong DiscordB = 2200000000000000002;

    [Fact]
    public async Task Run_ArticleInInbox_ReachesEveryChannelOnBothPlatformsExactlyOnce()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        telegram.AddPrivateChat(TelegramPrivate);
        telegram.AddGroup(TelegramGroup);
        await using var discord = await FakeDiscord.StartAsync();
        using var temp = new TempDirectory();

        var settings = BothPlatformsSettings.For(discord, telegram, temp);
        await using var host = await DiscordHost.StartAsync(settings, temp);
        Assert.True(await Eventually.WaitUntilAsync(() => discord.Ready), host.Logs.All);

        var subscriptions = host.Get<ISubscriptionStore>();
        var channels = new[]
        {
            ChannelAddress.ForTelegram(TelegramPrivate), ChannelAddress.ForTelegram(TelegramGroup),
            ChannelAddress.ForDiscord(DiscordA), ChannelAddress.ForDiscord(DiscordB),
        };
        foreach (var channel in channels)
        {
            await subscriptions.AddAsync(channel, [], 0, default);
        }

        telegram.RateLimitNext(TelegramGroup, times: 1, retryAfter: 1);
        discord.Script429("POST", $"/channels/{DiscordA}/messages", 0.3);
        var inbox = Path.Combine(host.DataDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "kf21.md"), """
            ---
            title: KF-21 Boramae terbang bersama pilot Indonesia
            url: https://example.com/2024/03/04/kf21/
            date: 2024-03-04T09:00:00+07:00
            categories: [Berita, Industri Pertahanan]
            ---
            Pesawat tempur KF-21 Boramae terbang dengan pilot uji dari Indonesia di Sacheon, Korea Selatan. Indonesia ikut membiayai program pesawat tempur itu.

            Kementerian Pertahanan menyebut kerja sama ini membuka alih teknologi bagi industri dirgantara nasional.
            """);

        var deliveries = host.Get<IDeliveryStore>();
        Assert.True(await Eventually.WaitUntilAsync(async () => (await deliveries.ListAsync(DeliveryStatus.Sent, 10, default)).Count == 4), host.Logs.All);
        // Replanning and redispatching after everything was sent changes nothing.
        await host.Get<DeliveryPlanner>().RunOnceAsync(default);
        await host.Get<DeliveryDispatcher>().RunOnceAsync(default);

        Assert.Single(telegram.BotMessages(TelegramPrivate));
        Assert.Single(telegram.BotMessages(TelegramGroup));
        Assert.Equal(1, telegram.TooManyRequests(TelegramGroup));
        Assert.Single(discord.MessagesIn(DiscordA.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Single(discord.MessagesIn(DiscordB.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(1, discord.Total429s);
        Assert.StartsWith("KF-21 Boramae terbang bersama pilot Indonesia", telegram.BotMessages(TelegramPrivate)[0].Text, StringComparison.Ordinal);
        Assert.Empty(await deliveries.ListAsync(DeliveryStatus.Pending, 10, default));
        Assert.DoesNotContain(telegram.Token, host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscord.Token, host.Logs.All, StringComparison.Ordinal);
    }
}
