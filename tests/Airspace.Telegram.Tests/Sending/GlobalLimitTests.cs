using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Telegram.Sending;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Sending;

/// <summary>
/// One article to many chats at once, as a dispatcher lane with full concurrency sends it, against a fake that
/// counts every one-second window and answers 429 past 30: the bot's own budget must keep it under, from the first
/// second of the burst on, with command replies served ahead of the alert backlog.
/// </summary>
public sealed class GlobalLimitTests : IDisposable
{
    private const int Chats = 60;
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task SendAsync_OneAlertToSixtyChatsAtOnce_NeverOver30InAnySecondAndAtMostOne429()
    {
        await using var fake = await FakeBotApi.StartAsync();
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        settings["Airspace:Telegram:GlobalMessagesPerSecond"] = "30";
        await using var bot = TelegramTestBot.Create(settings);
        var sender = bot.Get<TelegramChatSender>();
        var chats = Enumerable.Range(1, Chats).Select(i => 9300L + i).ToArray();
        foreach (var chat in chats)
        {
            fake.AddPrivateChat(chat);
        }

        await Task.WhenAll(chats.Select(chat => DeliverAsync(sender, chat)));

        Assert.All(chats, chat => Assert.Single(fake.BotMessages(chat)));
        Assert.True(fake.BusiestSecond() <= 30, $"{fake.BusiestSecond()} messages in one second");
        Assert.True(fake.GlobalTooManyRequests <= 1, $"{fake.GlobalTooManyRequests} × 429");
    }

    [Fact]
    public async Task Reply_WhileAlertsWaitForTheGlobalBudget_IsSentBeforeTheAlertBacklogEnds()
    {
        await using var fake = await FakeBotApi.StartAsync();
        const long asker = 9500;
        fake.AddPrivateChat(asker);
        var chats = Enumerable.Range(1, 30).Select(i => 9600L + i).ToArray();
        foreach (var chat in chats)
        {
            fake.AddPrivateChat(chat);
        }

        // A small budget makes a backlog of several seconds out of a few alerts.
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        settings["Airspace:Telegram:GlobalMessagesPerSecond"] = "5";
        await using var bot = await TelegramTestBot.StartAsync(settings);
        var sender = bot.Get<TelegramChatSender>();

        var alerts = Task.WhenAll(chats.Select(chat => DeliverAsync(sender, chat)));
        Assert.True(await Eventually.WaitUntilAsync(() => fake.Count("sendMessage", 200) >= 5), "the alerts never started");
        fake.PushMessage(asker, asker, "/help");
        await alerts;

        Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(asker).Count == 1), "no reply to /help");
        var sent = fake.Requests.Where(r => r.Method == "sendmessage" && r.Status == 200).Select(r => (long)r.Body["chat_id"]!).ToList();
        // Served first, the reply waits for one slot at most; behind the backlog, it would come after all 30 alerts.
        var alertsAfter = sent.Count - 1 - sent.IndexOf(asker);
        Assert.True(alertsAfter >= 10, $"only {alertsAfter} of 30 alerts went after the reply");
    }

    private static async Task DeliverAsync(TelegramChatSender sender, long chat)
    {
        var post = new Post { DeliveryId = new DeliveryId(chat), Address = ChannelAddress.ForTelegram(chat), Article = TestArticles.Article(1), Kind = DeliveryKind.Post };
        SendOutcome outcome;
        while ((outcome = await sender.SendAsync(post, default)) is SendOutcome.RetryAfter retry)
        {
            await Task.Delay(retry.Delay);
        }

        Assert.IsType<SendOutcome.Delivered>(outcome);
    }

    public void Dispose() => _temp.Dispose();
}
