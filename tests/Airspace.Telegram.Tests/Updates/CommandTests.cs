using Airspace.Core.Articles;
using Airspace.Core.Sources;
using Airspace.Core.Subscriptions;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Updates;

public sealed class CommandTests(CommandBotFixture fixture) : IClassFixture<CommandBotFixture>
{
    private FakeBotApi Fake => fixture.Fake;

    [Fact]
    public async Task Start_PrivateChat_WelcomesAndListsTheCommands()
    {
        Fake.AddPrivateChat(7001);

        var reply = await fixture.AskAsync(7001, 7001, "/start");

        Assert.StartsWith("Hello! Airspace posts", reply.Text, StringComparison.Ordinal);
        Assert.All(new[] { "/help", "/latest", "/search", "/summary", "/subscribe", "/unsubscribe", "/subscriptions" }, c => Assert.Contains(c, reply.Text, StringComparison.Ordinal));
        Assert.Contains("/subscribe @channel", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_WithCount_RepliesWithThatManyLinkedArticlesToTheCommand()
    {
        Fake.AddPrivateChat(7002);

        var reply = await fixture.AskAsync(7002, 7002, "/latest 3");

        Assert.StartsWith("The latest 3 articles:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(3, reply.Entities.Count(e => e.Type == "text_link"));
        Assert.Contains("1. Rafale report number 100", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(reply.ReplyTo);
        Assert.Equal("html", reply.ParseMode);
    }

    [Fact]
    public async Task Latest_BadCount_AnswersUsage()
    {
        Fake.AddPrivateChat(7003);

        var reply = await fixture.AskAsync(7003, 7003, "/latest lots");

        Assert.StartsWith("⚠️ Usage: /latest [n]", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ManyResults_NextAndPrevEditTheSameMessage()
    {
        Fake.AddGroup(-7004);
        var reply = await fixture.AskAsync(-7004, 1, "/search@airspace_test_bot sukhoi");
        Assert.Contains("(page 1 of 3)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1. Sukhoi report number", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Entities, e => e.Type == "bold" && reply.Text.Substring(e.Offset, e.Length) == "Sukhoi");
        var next = Buttons(reply).Single(b => b.Text == "Next ›");

        Fake.PushCallback(-7004, reply.Id, 1, next.Data);
        Assert.True(await Eventually.WaitUntilAsync(() => Fake.BotMessages(-7004).Single(m => m.Id == reply.Id).Edits == 1));

        var page2 = Fake.BotMessages(-7004).Single(m => m.Id == reply.Id);
        Assert.Single(Fake.BotMessages(-7004));
        Assert.Contains("(page 2 of 3)", page2.Text, StringComparison.Ordinal);
        Assert.Contains("6. Sukhoi report number", page2.Text, StringComparison.Ordinal);
        Assert.Equal(["‹ Prev", "Next ›"], Buttons(page2).Select(b => b.Text));
        Assert.True(await Eventually.WaitUntilAsync(() => Fake.CallbackAnswers.Count(a => (string?)a["text"] is null) >= 1));

        Fake.PushCallback(-7004, reply.Id, 1, Buttons(page2).Single(b => b.Text == "‹ Prev").Data);
        Assert.True(await Eventually.WaitUntilAsync(() => Fake.BotMessages(-7004).Single(m => m.Id == reply.Id).Edits == 2));
        Assert.Contains("(page 1 of 3)", Fake.BotMessages(-7004).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_LongQuery_ButtonsStayWithin64BytesAndStillPage()
    {
        Fake.AddPrivateChat(7005);
        var query = "sukhoi " + string.Concat(Enumerable.Repeat("programme milestone ", 6)).Trim();
        var reply = await fixture.AskAsync(7005, 7005, "/search " + query);
        var next = Buttons(reply).Single(b => b.Text == "Next ›");
        Assert.StartsWith("k:2:", next.Data, StringComparison.Ordinal);

        Fake.PushCallback(7005, reply.Id, 7005, next.Data);

        Assert.True(await Eventually.WaitUntilAsync(() => Fake.BotMessages(7005).Single().Edits == 1));
        Assert.Contains("(page 2 of", Fake.BotMessages(7005).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchButton_Expired_AnsweredWithANote()
    {
        Fake.AddPrivateChat(7006);
        var reply = await fixture.AskAsync(7006, 7006, "/help");

        Fake.PushCallback(7006, reply.Id, 7006, "k:2:nosuchkey123");

        Assert.True(await Eventually.WaitUntilAsync(() => Fake.CallbackAnswers.Any(a => ((string?)a["text"])?.Contains("expired", StringComparison.Ordinal) == true)));
        Assert.Equal(0, Fake.BotMessages(7006).Single().Edits);
    }

    [Fact]
    public async Task Summary_ById_RepliesWithTheStoredSummary()
    {
        Fake.AddPrivateChat(7007);

        var reply = await fixture.AskAsync(7007, 7007, "/summary 1");

        var article = await fixture.Bot.Get<IArticleStore>().GetAsync(new ArticleId(1), default);
        Assert.StartsWith("Summary:\n\n1. Sukhoi report number 1", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n" + article!.Summary, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_GroupAdminWithSources_FollowsOnlyThoseAndListsThem()
    {
        Fake.AddGroup(-7021);
        Fake.SetMember(-7021, 42, "administrator");
        await fixture.Bot.Get<ISourceStore>().AddAsync(
            new SourceDefinition { Name = "antara", Kind = SourceKind.Feed, Url = new Uri("https://antara.example.test/feed"), Interval = TimeSpan.FromMinutes(5) }, default);

        var unknown = await fixture.AskAsync(-7021, 42, "/subscribe source=antra");
        var reply = await fixture.AskAsync(-7021, 42, "/subscribe@airspace_test_bot source=ANTARA,inbox rafale");
        var list = await fixture.AskAsync(-7021, 43, "/subscriptions");

        Assert.Equal("⚠️ There is no source 'antra'. Sources: antara, inbox.", unknown.Text);
        Assert.Equal("Subscribed: new articles from antara, inbox mentioning rafale will be posted here.", reply.Text);
        var subscription = await fixture.Bot.Get<ISubscriptionStore>().FindAsync(ChannelAddress.Parse("telegram:-7021"), default);
        Assert.Equal(["antara", "inbox"], subscription!.Sources);
        Assert.Equal("telegram:-7021: articles mentioning rafale from antara, inbox", list.Text);
    }

    [Fact]
    public async Task Subscribe_DigestAndQuietHours_SavedShownAndABadValueRefused()
    {
        Fake.AddGroup(-7031);
        Fake.SetMember(-7031, 4231, "administrator");

        var bad = await fixture.AskAsync(-7031, 4231, "/subscribe quiet=22:00");
        var reply = await fixture.AskAsync(-7031, 4231, "/subscribe digest=07:00 quiet=22:00-06:00 time_zone=Asia/Jakarta");
        var list = await fixture.AskAsync(-7031, 4232, "/subscriptions");

        Assert.Equal("⚠️ quiet must be a window like 22:00-06:00 (it may cross midnight; or off), not '22:00'.", bad.Text);
        Assert.Equal("Subscribed: new articles will be posted here. Schedule: daily digest at 07:00, quiet 22:00-06:00, Asia/Jakarta.", reply.Text);
        Assert.Equal("telegram:-7031: all new articles — daily digest at 07:00, quiet 22:00-06:00, Asia/Jakarta", list.Text);
    }

    [Fact]
    public async Task Subscribe_GroupAdminWithKeywords_SubscribesTheGroup()
    {
        Fake.AddGroup(-7008);
        Fake.SetMember(-7008, 42, "administrator");

        var reply = await fixture.AskAsync(-7008, 42, "/subscribe@airspace_test_bot F-16, \"Su-57\"");

        Assert.Equal("Subscribed: new articles mentioning F-16, Su-57 will be posted here.", reply.Text);
        var subscription = await fixture.Bot.Get<ISubscriptionStore>().FindAsync(ChannelAddress.Parse("telegram:-7008"), default);
        Assert.Equal(["F-16", "Su-57"], subscription!.Keywords);

        var list = await fixture.AskAsync(-7008, 43, "/subscriptions");
        Assert.Equal("telegram:-7008: articles mentioning F-16, Su-57", list.Text);
        var gone = await fixture.AskAsync(-7008, 42, "/unsubscribe");
        Assert.StartsWith("Unsubscribed", gone.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_GroupMemberNotAdmin_Refused()
    {
        Fake.AddGroup(-7009);
        Fake.SetMember(-7009, 43, "member");

        var reply = await fixture.AskAsync(-7009, 43, "/subscribe");

        Assert.Equal("⚠️ Only an administrator of this chat can change its subscription.", reply.Text);
        Assert.Null(await fixture.Bot.Get<ISubscriptionStore>().FindAsync(ChannelAddress.Parse("telegram:-7009"), default));
    }

    [Fact]
    public async Task Subscribe_AnonymousGroupAdmin_Allowed()
    {
        Fake.AddGroup(-7010);

        var reply = await fixture.AskAsync(-7010, 1087968824, "/subscribe", senderChatId: -7010);

        Assert.StartsWith("Subscribed", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_InForumTopic_SubscribesThatTopicAndRepliesThere()
    {
        Fake.AddGroup(-7011, forum: true, topics: [5]);
        Fake.SetMember(-7011, 42, "creator");

        var reply = await fixture.AskAsync(-7011, 42, "/subscribe", threadId: 5);

        Assert.StartsWith("Subscribed", reply.Text, StringComparison.Ordinal);
        Assert.Equal(5, reply.ThreadId);
        Assert.NotNull(await fixture.Bot.Get<ISubscriptionStore>().FindAsync(ChannelAddress.Parse("telegram:-7011/5"), default));
    }

    [Fact]
    public async Task Subscribe_ChannelFromPrivateChatByChannelAdmin_SubscribesTheChannel()
    {
        Fake.AddPrivateChat(7012);
        Fake.AddChannel(-1007012, "airspace_alerts");
        Fake.SetMember(-1007012, 7012, "administrator");

        var reply = await fixture.AskAsync(7012, 7012, "/subscribe @airspace_alerts rafale");

        Assert.Equal("@airspace_alerts: Subscribed: new articles mentioning rafale will be posted here.", reply.Text);
        var subscription = await fixture.Bot.Get<ISubscriptionStore>().FindAsync(ChannelAddress.Parse("telegram:-1007012"), default);
        Assert.Equal(["rafale"], subscription!.Keywords);
    }

    [Fact]
    public async Task Subscribe_ChannelByNonAdminOrWithoutPostingRights_Refused()
    {
        Fake.AddPrivateChat(7013);
        Fake.AddChannel(-1007013, "not_mine");
        Fake.AddChannel(-1007014, "mute_bot", botCanPost: false);
        Fake.SetMember(-1007014, 7013, "creator");

        var notAdmin = await fixture.AskAsync(7013, 7013, "/subscribe @not_mine");
        var cannotPost = await fixture.AskAsync(7013, 7013, "/subscribe @mute_bot");
        var unknown = await fixture.AskAsync(7013, 7013, "/subscribe @no_such_channel");

        Assert.Equal("⚠️ Only an administrator of @not_mine can change its subscription.", notAdmin.Text);
        Assert.Equal("⚠️ Make me an administrator of @mute_bot who can post messages, then try again.", cannotPost.Text);
        Assert.StartsWith("⚠️ I cannot see @no_such_channel", unknown.Text, StringComparison.Ordinal);
        Assert.Null(await fixture.Bot.Get<ISubscriptionStore>().FindAsync(ChannelAddress.Parse("telegram:-1007013"), default));
    }

    [Fact]
    public async Task Subscribe_InChannelPost_ChannelSubscribesItself()
    {
        Fake.AddChannel(-1007015, "self_serve");

        var reply = await fixture.AskAsync(-1007015, null, "/subscribe");

        Assert.StartsWith("Subscribed", reply.Text, StringComparison.Ordinal);
        Assert.NotNull(await fixture.Bot.Get<ISubscriptionStore>().FindAsync(ChannelAddress.Parse("telegram:-1007015"), default));
    }

    [Fact]
    public async Task Commands_AddressedToAnotherBotOrUnknownInGroup_Ignored()
    {
        Fake.AddGroup(-7016);

        await fixture.AssertIgnoredAsync(-7016, 1, "/latest@other_bot 3");
        await fixture.AssertIgnoredAsync(-7016, 1, "/weather");
        var addressed = await fixture.AskAsync(-7016, 1, "/weather@airspace_test_bot");
        Assert.Equal("⚠️ Unknown command /weather. Try /help.", addressed.Text);
    }

    [Fact]
    public async Task InlineQuery_Text_AnswersMatchingArticlesAsAlerts()
    {
        Fake.PushInlineQuery(7017, "rafale");

        Assert.True(await Eventually.WaitUntilAsync(() => Fake.InlineAnswers.Count(a => a["results"]!.AsArray().Any(r => ((string?)r!["title"])?.StartsWith("Rafale", StringComparison.Ordinal) == true)) == 1));
        var answer = Fake.InlineAnswers.Single(a => a["results"]!.AsArray().Any(r => ((string?)r!["title"])?.StartsWith("Rafale", StringComparison.Ordinal) == true));
        var result = Assert.Single(answer["results"]!.AsArray())!;
        Assert.Equal("article", (string?)result["type"]);
        Assert.Equal("Html", (string?)result["input_message_content"]!["parse_mode"], StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Rafale report number 100", (string?)result["input_message_content"]!["message_text"], StringComparison.Ordinal);
        Assert.Equal("Read", (string?)result["reply_markup"]!["inline_keyboard"]![0]![0]!["text"]);
    }

    [Fact]
    public async Task InlineQuery_ManyMatches_PagesWithNextOffset()
    {
        Fake.PushInlineQuery(7018, "sukhoi programme");

        Assert.True(await Eventually.WaitUntilAsync(() => Fake.InlineAnswers.Any(a => (string?)a["next_offset"] == "10")));
        var answer = Fake.InlineAnswers.Single(a => (string?)a["next_offset"] == "10");
        Assert.Equal(10, answer["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task MyChatMember_BotKicked_DisablesThatChatsSubscriptionWithTheReason()
    {
        Fake.AddGroup(-7019);
        var subscriptions = fixture.Bot.Get<ISubscriptionStore>();
        var subscription = await subscriptions.AddAsync(ChannelAddress.Parse("telegram:-7019"), [], 0, default);

        Fake.PushMyChatMember(-7019, 42, "kicked");

        Assert.True(await Eventually.WaitUntilAsync(async () => (await subscriptions.GetAsync(subscription.Id, default))!.Enabled == false));
        Assert.Equal("the bot was removed from the chat", (await subscriptions.GetAsync(subscription.Id, default))!.DisabledReason);
    }

    [Fact]
    public async Task MigrationServiceMessage_MovesTheSubscriptionToTheSupergroup()
    {
        Fake.AddGroup(-7020, "group");
        var subscriptions = fixture.Bot.Get<ISubscriptionStore>();
        var subscription = await subscriptions.AddAsync(ChannelAddress.Parse("telegram:-7020"), ["rafale"], 0, default);

        Fake.Migrate(-7020, -1007020, announce: true);

        Assert.True(await Eventually.WaitUntilAsync(async () => (await subscriptions.GetAsync(subscription.Id, default))!.Address.ToString() == "telegram:-1007020"));
    }

    private static IReadOnlyList<(string Text, string Data)> Buttons(FakeMessage message) =>
        [.. message.ReplyMarkup!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).Select(b => ((string)b!["text"]!, (string)b["callback_data"]!))];
}
