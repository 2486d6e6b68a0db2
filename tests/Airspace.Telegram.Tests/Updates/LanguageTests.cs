using Airspace.Core.Ingest;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Updates;

/// <summary>Replies in the sender's language_code (Indonesian or English), alerts in the subscription's language.</summary>
public sealed class LanguageTests(CommandBotFixture fixture) : IClassFixture<CommandBotFixture>
{
    private FakeBotApi Fake => fixture.Fake;

    [Fact]
    public async Task Help_LanguageCodeId_RepliesInIndonesian()
    {
        Fake.AddPrivateChat(7401);

        var reply = await fixture.AskAsync(7401, 7401, "/help", languageCode: "id");

        Assert.StartsWith("Airspace mengirim ringkasan singkat", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Perintah:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/search <query> — Cari di arsip", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/summary <article id or URL> — Ringkasan satu artikel", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en-US")]
    [InlineData(null)]
    public async Task Help_OtherOrNoLanguageCode_RepliesInTheDefaultEnglish(string? languageCode)
    {
        var chat = 7410 + (languageCode?.Length ?? 0);
        Fake.AddPrivateChat(chat);

        var reply = await fixture.AskAsync(chat, chat, "/help", languageCode: languageCode);

        Assert.StartsWith("Airspace posts a short summary", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_LanguageCodeIdId_ResultsHeaderAndButtonsInIndonesian()
    {
        Fake.AddGroup(-7402);

        var reply = await fixture.AskAsync(-7402, 1, "/search sukhoi", languageCode: "id-ID");

        Assert.StartsWith("12 hasil untuk “sukhoi” (halaman 1 dari 3):", reply.Text, StringComparison.Ordinal);
        var buttons = reply.ReplyMarkup!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).Select(b => (string)b!["text"]!).ToArray();
        Assert.Equal(["Berikutnya ›"], buttons);
    }

    [Fact]
    public async Task Search_NoMatchOrNoQuery_LanguageCodeId_AnswersInIndonesian()
    {
        Fake.AddPrivateChat(7403);

        var none = await fixture.AskAsync(7403, 7403, "/search zzzzqqq", languageCode: "id");
        var usage = await fixture.AskAsync(7403, 7403, "/search", languageCode: "id");

        Assert.Equal("Tidak ada artikel yang cocok dengan “zzzzqqq”.", none.Text);
        Assert.StartsWith("⚠️ Cara pakai: /search <kata kunci>", usage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alert_SubscribedWithLanguageId_LabelsInIndonesianWithTheArticleId()
    {
        Fake.AddGroup(-7404);
        Fake.SetMember(-7404, 74, "administrator");

        // An English-speaking admin chooses Indonesian alerts for the group: the reply is English, the alerts are not.
        var subscribed = await fixture.AskAsync(-7404, 74, "/subscribe language=id mirage", languageCode: "en");
        Assert.Equal("Subscribed: new articles mentioning mirage will be posted here. Alerts in Indonesian.", subscribed.Text);
        var before = Fake.BotMessages(-7404).Count;
        var article = await fixture.Bot.Get<ArticleIngestor>().IngestAsync(TestArticles.Draft(300, "Mirage"), default);

        Assert.True(await Eventually.WaitUntilAsync(() => Fake.BotMessages(-7404).Count > before));
        var alert = Fake.BotMessages(-7404)[before];
        Assert.StartsWith("Mirage report number 300", alert.Text, StringComparison.Ordinal);
        Assert.EndsWith(" · #" + article.Outcome!.Value.Id, alert.Text, StringComparison.Ordinal);
        var read = Assert.Single(alert.ReplyMarkup!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()));
        Assert.Equal("Baca", (string)read!["text"]!);
    }

    [Fact]
    public async Task Subscriptions_SubscribedWithLanguageId_ShowsTheLanguage()
    {
        Fake.AddGroup(-7405);
        Fake.SetMember(-7405, 75, "administrator");

        await fixture.AskAsync(-7405, 75, "/subscribe language=id", languageCode: "id");
        var shown = await fixture.AskAsync(-7405, 75, "/subscriptions", languageCode: "id");
        var bad = await fixture.AskAsync(-7405, 75, "/subscribe language=fr", languageCode: "id");

        Assert.Equal("telegram:-7405: semua artikel baru — bahasa: id", shown.Text);
        Assert.Equal("⚠️ language harus salah satu dari: en, id.", bad.Text);
    }

    [Fact]
    public async Task Subscribe_DigestWithLanguageCodeId_RepliesAndListsTheScheduleInIndonesian()
    {
        Fake.AddGroup(-7406);
        Fake.SetMember(-7406, 76, "administrator");

        var bad = await fixture.AskAsync(-7406, 76, "/subscribe digest=25:00", languageCode: "id");
        var reply = await fixture.AskAsync(-7406, 76, "/subscribe digest=07:00 quiet=22:00-06:00", languageCode: "id");
        var shown = await fixture.AskAsync(-7406, 76, "/subscriptions", languageCode: "id");

        Assert.Equal("⚠️ digest harus berupa jam seperti 07:00 (atau off), bukan '25:00'.", bad.Text);
        Assert.Equal("Berlangganan: artikel baru akan dikirim ke sini. Jadwal: ringkasan harian pukul 07:00, jam tenang 22:00-06:00.", reply.Text);
        Assert.Equal("telegram:-7406: semua artikel baru — ringkasan harian pukul 07:00, jam tenang 22:00-06:00", shown.Text);
    }
}
