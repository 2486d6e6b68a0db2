using Airspace.Core.Ingest;
using Airspace.Core.Search;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Updates;

/// <summary>One polling bot against one fake for all command tests (each test uses its own chats), with a small archive.</summary>
public sealed class CommandBotFixture : IAsyncLifetime
{
    public const int SukhoiArticles = 12;

    /// <summary>The one operator (<c>Airspace:Operators:Telegram</c>); chat adds may reach loopback sites (<see cref="LocalSourcesFromChat"/>).</summary>
    public const long OperatorId = 4242;

    private readonly TempDirectory _temp = new();

    public FakeBotApi Fake { get; private set; } = null!;

    public TelegramTestBot Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeBotApi.StartAsync();
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), Fake);
        settings["Airspace:Operators:Telegram:0"] = OperatorId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Airspace:Feeds:PerHostDelay"] = "00:00:00";
        Bot = await TelegramTestBot.StartAsync(settings, LocalSourcesFromChat.Register);
        var ingestor = Bot.Get<ArticleIngestor>();
        for (var i = 1; i <= SukhoiArticles; i++)
        {
            await ingestor.IngestAsync(TestArticles.Draft(i, "Sukhoi"), default);
        }

        await ingestor.IngestAsync(TestArticles.Draft(100, "Rafale"), default);
        var index = Bot.Get<ISearchIndex>();
        Assert.True(await Eventually.WaitUntilAsync(() => IndexedAsync(index)));
    }

    private static async Task<bool> IndexedAsync(ISearchIndex index) =>
        await index.CountAsync(default) == SukhoiArticles + 1;

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
        _temp.Dispose();
    }

    /// <summary>Pushes a message and waits for the bot's next message in that chat.</summary>
    public async Task<FakeMessage> AskAsync(long chatId, long? userId, string text, int? threadId = null, long? senderChatId = null, string? languageCode = null)
    {
        var before = Fake.BotMessages(chatId).Count;
        Fake.PushMessage(chatId, userId, text, threadId, senderChatId, languageCode);
        Assert.True(await Eventually.WaitUntilAsync(() => Fake.BotMessages(chatId).Count > before), $"no reply to {text}\n{Bot.Logs.All}");
        return Fake.BotMessages(chatId)[before];
    }

    /// <summary>Pushes a message the bot must not answer, then proves the bot has moved past it.</summary>
    public async Task AssertIgnoredAsync(long chatId, long? userId, string text)
    {
        var before = Fake.BotMessages(chatId).Count;
        Fake.PushMessage(chatId, userId, text);
        var marker = await AskAsync(chatId, userId, "/help@" + FakeBotApi.BotUsername);
        Assert.Equal(before + 1, Fake.BotMessages(chatId).Count);
        Assert.StartsWith("Airspace posts", marker.Text, StringComparison.Ordinal);
    }
}
