using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.EndToEnd;

public sealed class InboxToTelegramTests : IAsyncLifetime
{
    private const long Private = 9001;
    private const long Group = -1009002;
    private readonly TempDirectory _temp = new();
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.AddPrivateChat(Private);
        _fake.AddGroup(Group);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Run_ArticleDroppedIntoInbox_ReachesBothSubscribedChatsExactlyOnceWhileOneAnswers429Twice()
    {
        await using var bot = await TelegramTestBot.StartAsync(TelegramTestBot.Settings(_temp.Combine("data"), _fake));
        var subscriptions = bot.Get<ISubscriptionStore>();
        await subscriptions.AddAsync(ChannelAddress.ForTelegram(Private), [], 0, default);
        await subscriptions.AddAsync(ChannelAddress.ForTelegram(Group), [], 0, default);
        _fake.RateLimitNext(Group, times: 2, retryAfter: 1);
        var inbox = _temp.Combine("data", "inbox");
        Directory.CreateDirectory(inbox);

        await File.WriteAllTextAsync(Path.Combine(inbox, "f16.md"), """
            ---
            title: Indonesia menerima F-16 Viper pertama <dan> & lainnya
            url: https://example.com/2024/01/02/f16-viper/
            date: 2024-01-02T08:00:00+07:00
            categories: [Berita, TNI AU]
            image: https://example.com/f16.jpg
            ---
            TNI Angkatan Udara menerima pesawat tempur F-16 Viper pertama di Lanud Iswahjudi, Madiun. Pesawat itu diterbangkan langsung dari Amerika Serikat.

            Kepala Staf TNI AU mengatakan kedatangan pesawat ini memperkuat pertahanan udara nasional. Pesawat tersebut akan bergabung dengan Skadron Udara 3.
            """);

        var deliveries = bot.Get<IDeliveryStore>();
        Assert.True(await Eventually.WaitUntilAsync(async () => (await deliveries.ListAsync(DeliveryStatus.Sent, 10, default)).Count == 2), bot.Logs.All);
        await bot.Get<DeliveryPlanner>().RunOnceAsync(default);
        await bot.Get<DeliveryDispatcher>().RunOnceAsync(default);

        Assert.Equal(2, _fake.TooManyRequests(Group));
        var article = Assert.Single(await bot.Get<IArticleStore>().LatestAsync(5, default));
        foreach (var chat in new[] { Private, Group })
        {
            var message = Assert.Single(_fake.BotMessages(chat));
            Assert.StartsWith("Indonesia menerima F-16 Viper pertama <dan> & lainnya\n\n", message.Text, StringComparison.Ordinal);
            Assert.Contains("\n\n" + article.Summary + "\n\n", message.Text, StringComparison.Ordinal);
            Assert.Equal("https://example.com/2024/01/02/f16-viper/", (string?)message.ReplyMarkup!["inline_keyboard"]![0]![0]!["url"]);
        }

        Assert.Empty(await deliveries.ListAsync(DeliveryStatus.Pending, 10, default));
    }
}
