using System.Text.Json.Nodes;
using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Telegram.Rendering;
using Airspace.Telegram.Sending;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Rendering;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Sending;

/// <summary>The sender against the strict fake: what reaches the chat, and how every Bot API answer maps to an outcome.</summary>
public sealed class TelegramChatSenderTests : IAsyncLifetime
{
    private const long User = 5001;
    private const long Group = -2001;
    private const long Supergroup = -1002001;
    private const long Channel = -1003001;
    private const long Forum = -1004001;

    private readonly TempDirectory _temp = new();
    private FakeBotApi _fake = null!;
    private TelegramTestBot _bot = null!;
    private TelegramChatSender _sender = null!;
    private long _nextDelivery;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.AddPrivateChat(User);
        _fake.AddGroup(Group, "group");
        _fake.AddGroup(Supergroup);
        _fake.AddChannel(Channel, "airspace_news");
        _fake.AddGroup(Forum, forum: true, topics: [7]);
        _bot = TelegramTestBot.Create(TelegramTestBot.Settings(_temp.Combine("data"), _fake));
        _sender = _bot.Get<TelegramChatSender>();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    [Theory]
    [InlineData("telegram:5001", User, null)]
    [InlineData("telegram:-2001", Group, null)]
    [InlineData("telegram:-1002001", Supergroup, null)]
    [InlineData("telegram:-1003001", Channel, null)]
    [InlineData("telegram:-1004001/7", Forum, 7)]
    public async Task Send_EveryKindOfChat_PostsTheAlertThere(string address, long chatId, int? topic)
    {
        var article = TestArticles.Article(image: "https://example.com/f16.jpg");

        var outcome = await _sender.SendAsync(Post(address, article), default);

        var message = Assert.Single(_fake.BotMessages(chatId));
        Assert.Equal(new SendOutcome.Delivered(message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), outcome);
        Assert.Equal("html", message.ParseMode);
        Assert.Equal(topic, message.ThreadId);
        Assert.StartsWith(article.Title + "\n\n" + article.Summary, message.Text, StringComparison.Ordinal);
        Assert.Contains(message.Entities, e => e.Type == "text_link" && e.Url == article.Url);
        Assert.Equal("Read", (string?)message.ReplyMarkup!["inline_keyboard"]![0]![0]!["text"]);
        Assert.Equal(article.Url, (string?)message.ReplyMarkup["inline_keyboard"]![0]![0]!["url"]);
        Assert.Equal("https://example.com/f16.jpg", (string?)message.LinkPreview!["url"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Send_HostileArticle_StrictServerAcceptsItEscapedAndWithinTheLimit(int emojiShift)
    {
        var article = Hostile.Article(emojiShift);

        var outcome = await _sender.SendAsync(Post("telegram:5001", article), default);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        var message = Assert.Single(_fake.BotMessages(User));
        Assert.True(message.Text.EnumerateRunes().Count() <= TelegramLimits.MessageText);
        Assert.StartsWith(Hostile.Title, message.Text, StringComparison.Ordinal);
        Assert.Contains("<script>x</script>", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(message.Entities, e => e.Type is "italic" && message.Text.Substring(e.Offset, e.Length) == "F-16");
        Assert.True(AlertRendererTests.IsValidUtf16(message.Text));
    }

    [Fact]
    public async Task Send_Edit_EditsTheMessageInPlace()
    {
        var first = (SendOutcome.Delivered)await _sender.SendAsync(Post("telegram:-1002001", TestArticles.Article()), default);
        var changed = TestArticles.Article(summary: "A corrected summary.");

        var outcome = await _sender.SendAsync(Post("telegram:-1002001", changed, DeliveryKind.Edit, first.MessageId), default);

        Assert.Equal(first, outcome);
        var message = Assert.Single(_fake.BotMessages(Supergroup));
        Assert.Equal(1, message.Edits);
        Assert.Contains("A corrected summary.", message.Text, StringComparison.Ordinal);
        Assert.Contains(" · updated · #", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_EditThatChangesNothing_CountsAsDelivered()
    {
        var article = TestArticles.Article();
        var first = (SendOutcome.Delivered)await _sender.SendAsync(Post("telegram:5001", article), default);
        await _sender.SendAsync(Post("telegram:5001", article, DeliveryKind.Edit, first.MessageId), default);

        var again = await _sender.SendAsync(Post("telegram:5001", article, DeliveryKind.Edit, first.MessageId), default);

        Assert.Equal(first, again);
        Assert.Equal(1, _fake.Count("editMessageText", 400));
    }

    [Fact]
    public async Task Send_TooManyRequests_RetryAfterWhatTheServerSaid()
    {
        _fake.RateLimitNext(User, times: 1, retryAfter: 7);

        var outcome = await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default);

        var retry = Assert.IsType<SendOutcome.RetryAfter>(outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), retry.Delay);
        Assert.Contains("Too Many Requests", retry.Reason, StringComparison.Ordinal);
        Assert.Empty(_fake.BotMessages(User));
    }

    [Fact]
    public async Task Send_ChatPenalizedBy429_NextSendIsHandedBackWithoutCallingTheApi()
    {
        _fake.RateLimitNext(User, times: 1, retryAfter: 30);
        await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default);
        var calls = _fake.Count("sendMessage");

        var outcome = await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default);

        var retry = Assert.IsType<SendOutcome.RetryAfter>(outcome);
        Assert.True(retry.Delay > TimeSpan.FromSeconds(25));
        Assert.Equal(calls, _fake.Count("sendMessage"));
    }

    [Theory]
    [InlineData(500, "Internal Server Error")]
    [InlineData(502, "Bad Gateway")]
    public async Task Send_ServerError_TransientFailure(int code, string description)
    {
        _fake.FailNext(User, new FakeApiError(code, description));

        var outcome = await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default);

        Assert.Contains(description, Assert.IsType<SendOutcome.TransientFailure>(outcome).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerUnreachable_TransientFailureThatDoesNotRevealTheToken()
    {
        var settings = TelegramTestBot.Settings(_temp.Combine("other"), _fake);
        settings["Airspace:Telegram:ApiBaseUrl"] = "http://127.0.0.1:1";
        await using var offline = TelegramTestBot.Create(settings);

        var outcome = await offline.Get<TelegramChatSender>().SendAsync(Post("telegram:5001", TestArticles.Article()), default);

        var failure = Assert.IsType<SendOutcome.TransientFailure>(outcome);
        Assert.DoesNotContain(_fake.Token.Split(':')[1], failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_GroupUpgradedToSupergroup_MovesTheSubscriptionAndResendsThere()
    {
        var subscriptions = _bot.Get<ISubscriptionStore>();
        var subscription = await subscriptions.AddAsync(ChannelAddress.Parse("telegram:-2001"), [], 0, default);
        _fake.Migrate(Group, -1009999, announce: false);

        var first = await _sender.SendAsync(Post("telegram:-2001", TestArticles.Article()), default);

        Assert.Equal(TimeSpan.Zero, Assert.IsType<SendOutcome.RetryAfter>(first).Delay);
        Assert.Equal("telegram:-1009999", (await subscriptions.GetAsync(subscription.Id, default))!.Address.ToString());
        var resent = await _sender.SendAsync(Post("telegram:-1009999", TestArticles.Article()), default);
        Assert.IsType<SendOutcome.Delivered>(resent);
        Assert.Single(_fake.BotMessages(-1009999));
        var stale = await _sender.SendAsync(Post("telegram:-2001", TestArticles.Article(2)), default);
        Assert.IsType<SendOutcome.Delivered>(stale);
        Assert.Equal(2, _fake.BotMessages(-1009999).Count);
    }

    [Theory]
    [InlineData(FakeChatState.BlockedByUser, User, "bot was blocked by the user")]
    [InlineData(FakeChatState.BotKicked, Supergroup, "bot was kicked from the supergroup chat")]
    [InlineData(FakeChatState.Deleted, Group, "the group chat was deleted")]
    public async Task Send_ChatGone_RetriedThenChannelGoneAfterThreeInARow(FakeChatState state, long chatId, string description)
    {
        _fake.SetState(chatId, state);
        var address = "telegram:" + chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var outcomes = new List<SendOutcome>();
        for (var i = 0; i < 3; i++)
        {
            outcomes.Add(await _sender.SendAsync(Post(address, TestArticles.Article()), default));
        }

        Assert.All(outcomes.Take(2), o => Assert.Contains(description, Assert.IsType<SendOutcome.RetryAfter>(o).Reason, StringComparison.Ordinal));
        var gone = Assert.IsType<SendOutcome.ChannelGone>(outcomes[2]);
        Assert.Contains(description, gone.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ChatNotFoundOnceThenDelivered_CountStartsOver()
    {
        _fake.FailNext(User, FakeApiError.BadRequest("chat not found"), times: 2);
        await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default);
        await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default);
        Assert.IsType<SendOutcome.Delivered>(await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default));
        _fake.FailNext(User, FakeApiError.BadRequest("chat not found"), times: 2);

        var outcomes = new[]
        {
            await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default),
            await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default),
        };

        Assert.All(outcomes, o => Assert.IsType<SendOutcome.RetryAfter>(o));
    }

    [Fact]
    public async Task Send_HtmlRefused_ResentAsPlainText()
    {
        _fake.FailNext(User, FakeApiError.BadRequest("can't parse entities: Unsupported start tag \"foo\" at byte offset 0"));

        var outcome = await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        var message = Assert.Single(_fake.BotMessages(User));
        Assert.Null(message.ParseMode);
        Assert.StartsWith(TestArticles.Article().Title + "\n\n", message.Text, StringComparison.Ordinal);
        Assert.NotNull(message.ReplyMarkup);
    }

    [Fact]
    public async Task Send_OtherBadRequest_Rejected()
    {
        _fake.FailNext(User, FakeApiError.BadRequest("BUTTON_URL_INVALID"));

        var outcome = await _sender.SendAsync(Post("telegram:5001", TestArticles.Article()), default);

        Assert.Contains("BUTTON_URL_INVALID", Assert.IsType<SendOutcome.Rejected>(outcome).Reason, StringComparison.Ordinal);
    }

    private Post Post(string address, Article article, DeliveryKind kind = DeliveryKind.Post, string? messageId = null) => new()
    {
        DeliveryId = new DeliveryId(++_nextDelivery),
        Address = ChannelAddress.Parse(address),
        Article = article,
        Kind = kind,
        MessageId = messageId,
    };

    internal static JsonNode? Button(FakeMessage message, int row, int column) => message.ReplyMarkup?["inline_keyboard"]?[row]?[column];
}
