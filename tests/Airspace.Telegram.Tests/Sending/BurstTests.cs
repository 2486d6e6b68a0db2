using System.Diagnostics;
using System.Globalization;
using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Telegram.Sending;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;
using Xunit.Abstractions;

namespace Airspace.Telegram.Tests.Sending;

/// <summary>
/// 200 alerts to one chat, sent the way the dispatcher sends one channel's queue (in order, honouring RetryAfter).
/// In the suite it runs against the fake's limits scaled 50× so it takes seconds; with
/// AIRSPACE_TELEGRAM_BURST=real it uses Telegram's real per-chat limits and production pacing (about 200 s for a
/// private chat; AIRSPACE_TELEGRAM_BURST_CHAT=group sends to a group instead, about 600 s at 20 a minute).
/// The figures go to the test output and to telegram-burst.txt beside the test binaries.
/// </summary>
[Trait("Category", "Burst")]
public sealed class BurstTests(ITestOutputHelper output) : IDisposable
{
    private const long Chat = 9201;
    private const long Group = -1009202;
    private readonly TempDirectory _temp = new();

    private static bool Real => Environment.GetEnvironmentVariable("AIRSPACE_TELEGRAM_BURST") == "real";

    private static long ChatId => Environment.GetEnvironmentVariable("AIRSPACE_TELEGRAM_BURST_CHAT") == "group" ? Group : Chat;

    [Fact]
    public async Task Send_200AlertsToOneChat_AtMostOne429()
    {
        var chatId = ChatId;
        var limits = Real ? FakeLimits.Real : FakeLimits.Real with { PerChatPerSecond = 50, GroupPerMinute = 20 * 50 };
        await using var fake = await FakeBotApi.StartAsync(limits);
        fake.AddPrivateChat(Chat);
        fake.AddGroup(Group);
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        settings["Airspace:Telegram:PrivateChatInterval"] = Real ? "00:00:01" : "00:00:00.02";
        settings["Airspace:Telegram:GroupChatInterval"] = Real ? "00:00:03" : "00:00:00.06";
        settings["Airspace:Telegram:RetryAfterMargin"] = "00:00:01";
        await using var bot = TelegramTestBot.Create(settings);
        var sender = bot.Get<TelegramChatSender>();
        var address = ChannelAddress.ForTelegram(chatId);

        var clock = Stopwatch.StartNew();
        var handedBack = 0;
        for (var i = 1; i <= 200; i++)
        {
            var post = new Post { DeliveryId = new DeliveryId(i), Address = address, Article = TestArticles.Article(i, title: "Alert " + i), Kind = DeliveryKind.Post };
            SendOutcome outcome;
            while ((outcome = await sender.SendAsync(post, default)) is SendOutcome.RetryAfter retry)
            {
                handedBack++;
                await Task.Delay(retry.Delay);
            }

            Assert.IsType<SendOutcome.Delivered>(outcome);
        }

        clock.Stop();
        var tooMany = fake.TooManyRequests(chatId);
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"{(Real ? "real" : "scaled")} limits, chat {chatId}: 200 alerts delivered in {clock.Elapsed.TotalSeconds:0.0} s with {tooMany} × 429 ({handedBack} hand-backs to the dispatcher)");
        output.WriteLine(figures);
        await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "telegram-burst.txt"), figures + Environment.NewLine);
        Assert.Equal(200, fake.BotMessages(chatId).Count);
        Assert.True(tooMany <= 1, figures);
    }

    public void Dispose() => _temp.Dispose();
}
