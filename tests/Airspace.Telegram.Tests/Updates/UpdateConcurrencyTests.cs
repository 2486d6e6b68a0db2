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
    public async Task Help_InAPrivateChatWhileAGroupsRepliesAreStuckAndFlooded_StillAnswered()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.AddGroup(Group);
        fake.AddPrivateChat(Private);
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        settings["Airspace:Telegram:RequestTimeout"] = "00:02:00";

        // The default group pacing: a reply's 30 s wait covers 10 replies in a group.
        settings["Airspace:Telegram:GroupChatInterval"] = "00:00:03";
        await using var bot = await TelegramTestBot.StartAsync(settings);
        fake.HoldSends(Group);
        fake.PushMessage(Group, 7400, "/help");
        Assert.True(await Eventually.WaitUntilAsync(() => fake.HeldSends == 1), bot.Logs.All);

        // More commands than every chat's replies together may have waiting, each from another user (no rate limit).
        const int flood = 1000;
        for (var user = 1; user <= flood; user++)
        {
            fake.PushMessage(Group, 8000 + user, "/help");
        }

        var dropped = await Eventually.WaitUntilAsync(() => Count(bot.Logs.All, "dropped") == flood - ReplyQueueCap);
        fake.PushMessage(Private, Private, "/help");
        var answered = await Eventually.WaitUntilAsync(() => fake.BotMessages(Private).Count == 1);
        fake.ReleaseSends(Group);

        Assert.True(answered, "the private /help was not answered while the group's replies were stuck");
        Assert.True(dropped, "the group's replies past its cap were not dropped");
    }

    [Fact]
    public async Task Commands_FromAnonymousAdminsOfTwoGroups_EachGroupHasItsOwnRateLimit()
    {
        const long other = -1007302;
        const long anonymousAdmin = 1087968824;
        await using var fake = await FakeBotApi.StartAsync();
        fake.AddGroup(Group);
        fake.AddGroup(other);
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        settings["Airspace:Telegram:CommandsPerUser"] = "2";
        settings["Airspace:Telegram:CommandWindow"] = "00:01:00";
        await using var bot = await TelegramTestBot.StartAsync(settings);

        fake.PushMessage(Group, anonymousAdmin, "/help", senderChatId: Group);
        fake.PushMessage(Group, anonymousAdmin, "/help", senderChatId: Group);
        Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Group).Count == 2), bot.Logs.All);
        fake.PushMessage(other, anonymousAdmin, "/help", senderChatId: other);

        Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(other).Count == 1), bot.Logs.All);
        Assert.StartsWith("Airspace posts", fake.BotMessages(other)[0].Text, StringComparison.Ordinal);
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

    /// <summary>Replies one chat may have waiting behind the one being sent.</summary>
    private const int ReplyQueueCap = 10;

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static List<long> SentTo(FakeBotApi fake) =>
        fake.Requests.Where(r => r.Method == "sendmessage" && r.Status == 200).Select(r => (long)r.Body["chat_id"]!).ToList();

    public void Dispose() => _temp.Dispose();
}
