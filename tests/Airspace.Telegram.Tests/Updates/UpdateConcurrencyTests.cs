using Airspace.Core.Ingest;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Telegram.Tests.Updates;

/// <summary>No chat can stall the bot: updates run concurrently across chats, replies queue per chat, floods are limited.</summary>
public sealed class UpdateConcurrencyTests : IDisposable
{
    private const long Group = -1007300;
    private const long Private = 7301;
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Help_InAPrivateChatAfterTenLatestInAGroup_AnsweredBeforeTheGroupBacklogEnds()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.AddGroup(Group);
        fake.AddPrivateChat(Private);
        await using var bot = await TelegramTestBot.StartAsync(TelegramTestBot.Settings(_temp.Combine("data"), fake));

        for (var user = 1; user <= 10; user++)
        {
            fake.PushMessage(Group, 7400 + user, "/latest");
        }

        fake.PushMessage(Private, Private, "/help");

        Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Group).Count == 10 && fake.BotMessages(Private).Count == 1), bot.Logs.All);
        var order = SentTo(fake);
        Assert.True(order.IndexOf(Private) < order.LastIndexOf(Group), $"the private reply came after the group's whole backlog: {string.Join(", ", order)}");
    }

    [Fact]
    public async Task Commands_SixthAndSeventhFromOneUserInTheWindow_OnePoliteNoticeThenSilence()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.AddGroup(Group);
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        settings["Airspace:Telegram:CommandsPerUser"] = "5";
        settings["Airspace:Telegram:CommandWindow"] = "00:01:00";
        await using var bot = await TelegramTestBot.StartAsync(settings);

        for (var i = 0; i < 7; i++)
        {
            fake.PushMessage(Group, 7500, "/help");
        }

        // Another user's command is handled after the seven (one chat, in order), so once it is answered all seven were.
        var marker = (int)fake.PushedUpdate(fake.PushMessage(Group, 7501, "/help"))!["message"]!["message_id"]!;

        Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Group).Any(m => m.ReplyTo == marker)), bot.Logs.All);
        var texts = fake.BotMessages(Group).Select(m => m.Text).ToList();
        Assert.Equal(7, texts.Count);
        Assert.Equal(6, texts.Count(t => t.StartsWith("Airspace posts", StringComparison.Ordinal)));
        Assert.Single(texts, t => t.Contains("faster than I can answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summary_OfAUrlThatNeverAnswers_TimesOutWithANoticeAndTheChatGoesOn()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.AddPrivateChat(Private);
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        settings["Airspace:Telegram:SummaryTimeout"] = "00:00:00.3";
        var fetcher = new SlowFetcher();
        await using var bot = await TelegramTestBot.StartAsync(settings, services => services.AddSingleton<IArticleFetcher>(fetcher));

        fake.PushMessage(Private, Private, "/summary https://slow.example.com/news/1");
        fake.PushMessage(Private, Private, "/help");

        Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Private).Count == 2), bot.Logs.All);
        var replies = fake.BotMessages(Private);
        Assert.Contains("took longer than", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Airspace posts", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(1, fetcher.Calls);
    }

    private static List<long> SentTo(FakeBotApi fake) =>
        fake.Requests.Where(r => r.Method == "sendmessage" && r.Status == 200).Select(r => (long)r.Body["chat_id"]!).ToList();

    public void Dispose() => _temp.Dispose();
}
