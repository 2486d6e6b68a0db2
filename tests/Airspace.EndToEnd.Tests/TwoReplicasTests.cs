using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Storage.Postgres.Tests;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.EndToEnd.Tests;

/// <summary>
/// Two whole bots (two replicas, each with its own data folder) on one real PostgreSQL database and one bot token
/// (the strict fake Telegram Bot API): a fan-out is sent by the one replica holding the <c>dispatch:telegram</c>
/// role, every alert exactly once.
/// </summary>
[Collection(WholeBot.Name)]
public sealed class TwoReplicasTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    private const int Chats = 8;
    private const int Articles = 4;

    [Fact]
    public async Task Run_TwoReplicasOnOneDatabase_OneDispatchesTheFanOutAndNothingIsSentTwice()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        var chats = Enumerable.Range(1, Chats).Select(i => 8100L + i).ToList();
        chats.ForEach(chat => telegram.AddPrivateChat(chat));
        using var temp = new TempDirectory();
        var database = await cluster.CreateDatabaseAsync();

        await using var first = await TelegramTestBot.StartAsync(Settings(temp.Combine("replica-1"), telegram, database));
        await using var second = await TelegramTestBot.StartAsync(Settings(temp.Combine("replica-2"), telegram, database));
        foreach (var chat in chats)
        {
            await second.Get<ISubscriptionStore>().AddAsync(ChannelAddress.ForTelegram(chat), [], 0, default);
        }

        for (var i = 1; i <= Articles; i++)
        {
            await second.Get<IArticleStore>().UpsertAsync(TestArticles.NewArticle($"Berita armada {i}"), default);
        }

        var expected = Chats * Articles;
        Assert.True(
            await Eventually.WaitUntilAsync(() => chats.Sum(chat => telegram.BotMessages(chat).Count) >= expected, TimeSpan.FromSeconds(60)),
            first.Logs.All + "\n---\n" + second.Logs.All);
        Assert.True(await Eventually.WaitUntilAsync(async () =>
            (await first.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Pending, 10, default)).Count == 0, TimeSpan.FromSeconds(30)));

        Assert.All(chats, chat =>
        {
            var texts = telegram.BotMessages(chat).Select(m => m.Text).ToList();
            Assert.Equal(Articles, texts.Count);
            Assert.Equal(texts.Count, texts.Distinct().Count());
        });
        var sentBy = new[] { Sent(first), Sent(second) };
        Assert.Equal(expected, sentBy.Sum());
        Assert.Contains(0, sentBy); // one replica spent the token's budget; the other sent nothing
        Assert.NotEqual(
            first.Get<DispatchLaneRoles>().TryHold(ChannelAddress.Telegram, out _),
            second.Get<DispatchLaneRoles>().TryHold(ChannelAddress.Telegram, out _));
    }

    /// <summary>The alerts a replica's dispatcher recorded as sent (CoreLog.DeliverySent).</summary>
    private static int Sent(TelegramTestBot bot) => bot.Logs.Entries.Count(e => e.EventId.Id == 1004);

    private static Dictionary<string, string?> Settings(string data, FakeBotApi telegram, string database)
    {
        var settings = TelegramTestBot.Settings(data, telegram);
        settings["Airspace:Storage:Provider"] = "Postgres";
        settings["Airspace:Storage:ConnectionString"] = database;
        settings["Logging:LogLevel:Airspace.Core.Publishing"] = "Information";
        settings["Airspace:Dispatcher:BatchSize"] = "2"; // small claims: two active dispatchers would share the channels
        return settings;
    }
}
