using System.Globalization;
using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Telegram.Sending;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Sending;

/// <summary>A daily digest through the strict fake Bot API: split only at the 4096-character limit, each part once.</summary>
public sealed class DigestSendTests : IAsyncLifetime
{
    private const long Group = -2001;

    private readonly TempDirectory _temp = new();
    private FakeBotApi _fake = null!;
    private TelegramTestBot _bot = null!;
    private TelegramChatSender _sender = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.AddGroup(Group, "group");
        _bot = TelegramTestBot.Create(TelegramTestBot.Settings(_temp.Combine("data"), _fake));
        _sender = _bot.Get<TelegramChatSender>();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Send_DigestLongerThanOneMessage_PartsFilledToTheLimitEachArticleOnceInOrder()
    {
        var articles = Enumerable.Range(1, 40).Select(i => TestArticles.Article(
            id: i, title: $"Artikel nomor {i}", url: $"https://example.com/{i}",
            summary: $"Ringkasan artikel {i} menjelaskan latihan bersama {new string('x', 150)} di Pekanbaru. Kalimat kedua tidak masuk.")).ToList();
        var post = new Post { DeliveryId = new DeliveryId(9), Address = ChannelAddress.ForTelegram(Group), Article = articles[0], Kind = DeliveryKind.Digest, Digest = articles };

        var outcome = await _sender.SendAsync(post, default);
        var calls = 1;
        while (outcome is SendOutcome.PartSent part)
        {
            outcome = await _sender.SendAsync(post with { MessageId = part.MessageIds }, default);
            calls++;
        }

        var messages = _fake.BotMessages(Group);
        Assert.True(messages.Count > 1);
        Assert.Equal(messages.Count, calls);
        Assert.Equal(new SendOutcome.Delivered(string.Join(',', messages.Select(m => m.Id.ToString(CultureInfo.InvariantCulture)))), outcome);
        Assert.All(messages, m => Assert.True(m.Text.Length <= 4096));
        Assert.All(messages.SkipLast(1), m => Assert.True(m.Text.Length > 4096 - 400, "a part was split before the limit"));
        Assert.StartsWith("Daily digest: 40 new articles", messages[0].Text, StringComparison.Ordinal);
        var all = string.Join("\n", messages.Select(m => m.Text));
        var positions = articles.Select(a => all.IndexOf(a.Title + "\n", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("Kalimat kedua", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ArticleOfAPostedPartGrowsBeforeTheNextPart_EachArticleOnceInOrder()
    {
        var articles = DigestArticles(40);
        var post = DigestPost(articles);
        var first = Assert.IsType<SendOutcome.PartSent>(await _sender.SendAsync(post, default));

        // Part one is out; its articles get much longer summaries before the rest goes out (a retry after pacing).
        var grown = articles.Select(a => a.Id.Value <= 10 ? a with { Summary = $"Ringkasan panjang {new string('y', 1000)} selesai." } : a).ToList();
        var outcome = await SendRestAsync(post with { Digest = grown, Article = grown[0] }, first.MessageIds);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        AssertEachOnceInOrder(articles);
    }

    [Fact]
    public async Task Send_ArticleOfAPostedPartDeletedBeforeTheNextPart_EveryOtherArticleOnceInOrder()
    {
        var articles = DigestArticles(40);
        var post = DigestPost(articles);
        var first = Assert.IsType<SendOutcome.PartSent>(await _sender.SendAsync(post, default));

        // The dispatcher passes the digest's plan (every article planned) and the articles still stored.
        var left = articles.Where(a => a.Id.Value is not (2 or 3)).ToList();
        var outcome = await SendRestAsync(post with { Digest = left, DigestPlan = [.. articles.Select(a => a.Id)] }, first.MessageIds);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        AssertEachOnceInOrder(left);
    }

    private static List<Article> DigestArticles(int count) => [.. Enumerable.Range(1, count).Select(i => TestArticles.Article(
        id: i, title: $"Artikel nomor {i}", url: $"https://example.com/{i}",
        summary: $"Ringkasan artikel {i} menjelaskan latihan bersama {new string('x', 150)} di Pekanbaru."))];

    private static Post DigestPost(List<Article> articles) =>
        new() { DeliveryId = new DeliveryId(9), Address = ChannelAddress.ForTelegram(Group), Article = articles[0], Kind = DeliveryKind.Digest, Digest = articles };

    private async Task<SendOutcome> SendRestAsync(Post post, string sent)
    {
        SendOutcome outcome = new SendOutcome.PartSent(sent);
        for (var calls = 0; outcome is SendOutcome.PartSent part && calls < 50; calls++)
        {
            outcome = await _sender.SendAsync(post with { MessageId = part.MessageIds }, default);
        }

        return outcome;
    }

    private void AssertEachOnceInOrder(List<Article> articles)
    {
        var all = string.Join("\n", _fake.BotMessages(Group).Select(m => m.Text));
        foreach (var article in articles)
        {
            var at = all.IndexOf(article.Title + "\n", StringComparison.Ordinal);
            Assert.True(at >= 0, $"{article.Title} was never posted");
            Assert.True(all.IndexOf(article.Title + "\n", at + 1, StringComparison.Ordinal) < 0, $"{article.Title} was posted twice");
        }

        var positions = articles.Select(a => all.IndexOf(a.Title + "\n", StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task Send_DigestWithPartsAlreadyPosted_PostsOnlyTheRest()
    {
        var post = ThreeArticleDigest() with { MessageId = "77" };

        var outcome = await _sender.SendAsync(post, default);

        Assert.Equal(new SendOutcome.Delivered("77"), outcome);
        Assert.Empty(_fake.BotMessages(Group));
    }

    [Fact]
    public async Task Send_DigestOfAnIndonesianSubscription_HeadingInIndonesian()
    {
        var post = ThreeArticleDigest() with { Language = "id" };

        var outcome = await _sender.SendAsync(post, default);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        var message = Assert.Single(_fake.BotMessages(Group));
        Assert.StartsWith("Ringkasan harian: 3 artikel baru", message.Text, StringComparison.Ordinal);
    }

    private static Post ThreeArticleDigest()
    {
        var articles = Enumerable.Range(1, 3).Select(i => TestArticles.Article(id: i, title: $"Artikel {i}")).ToList();
        return new Post { DeliveryId = new DeliveryId(9), Address = ChannelAddress.ForTelegram(Group), Article = articles[0], Kind = DeliveryKind.Digest, Digest = articles };
    }
}
