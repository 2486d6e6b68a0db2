using Airspace.Discord.Startup;
using System.Text.Json.Nodes;
using Airspace.Core.Publishing;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Discord.Tests.Alerts;

public sealed class DiscordChatSenderTests
{
    private const string Channel = "1400000000000000001";
    private const string MessagesPath = "/channels/" + Channel + "/messages";

    private static IChatSender Sender(DiscordHarness harness) =>
        harness.Services.GetServices<IChatSender>().Single(s => s.Platform == "discord");

    [Fact]
    public async Task SendAsync_NewArticle_PostsOneEmbedWithNonceAndNoMentionParsing()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var post = DiscordPosts.Post(Channel);

        var outcome = await Sender(harness).SendAsync(post, default);

        var delivered = Assert.IsType<SendOutcome.Delivered>(outcome);
        var message = Assert.Single(harness.Fake.MessagesIn(Channel));
        Assert.Equal(message.Id, delivered.MessageId);
        var body = message.Body;
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("as42", body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        var embed = Assert.Single(body["embeds"]!.AsArray())!;
        Assert.Equal(post.Article.Title, embed["title"]!.GetValue<string>());
        Assert.Equal(post.Article.Url, embed["url"]!.GetValue<string>());
        Assert.Equal(post.Article.Summary, embed["description"]!.GetValue<string>());
        Assert.Equal(post.Article.ImageUrl, embed["image"]!["url"]!.GetValue<string>());
        Assert.Equal("Redaksi", embed["author"]!["name"]!.GetValue<string>());
        Assert.Equal("2024-01-02T01:00:00.000Z", embed["timestamp"]!.GetValue<string>());
        Assert.Equal(0x1F6FEB, embed["color"]!.GetValue<int>());
        var fields = embed["fields"]!.AsArray().Select(f => (f!["name"]!.GetValue<string>(), f["value"]!.GetValue<string>())).ToArray();
        Assert.Equal([("Source", "airspace-review.com"), ("Categories", "Berita, TNI AU")], fields);
        var request = harness.Fake.Requests.Single(r => r.Path == MessagesPath);
        Assert.Equal("Bot " + FakeDiscord.Token, request.Authorization);
        Assert.StartsWith("DiscordBot (https://", request.UserAgent, StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SameDeliveryRetried_ReturnsTheSameMessageInsteadOfADuplicate()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var post = DiscordPosts.Post(Channel);

        var first = Assert.IsType<SendOutcome.Delivered>(await Sender(harness).SendAsync(post, default));
        var retry = Assert.IsType<SendOutcome.Delivered>(await Sender(harness).SendAsync(post, default));

        Assert.Equal(first.MessageId, retry.MessageId);
        Assert.Single(harness.Fake.MessagesIn(Channel));
        Assert.Equal(2, harness.Fake.Requests.Count(r => r.Path == MessagesPath));
    }

    [Fact]
    public async Task SendAsync_Edit_EditsThePostedMessageInPlace()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var posted = Assert.IsType<SendOutcome.Delivered>(await Sender(harness).SendAsync(DiscordPosts.Post(Channel), default));
        var changed = TestArticles.Article(title: "Indonesia menerima F-16 Viper pertama (diperbarui)");

        var outcome = await Sender(harness).SendAsync(DiscordPosts.Post(Channel, 43, changed, DeliveryKind.Edit, posted.MessageId), default);

        Assert.Equal(posted.MessageId, Assert.IsType<SendOutcome.Delivered>(outcome).MessageId);
        var message = Assert.Single(harness.Fake.MessagesIn(Channel));
        Assert.Equal(1, message.Edits);
        Assert.Equal(changed.Title, message.Body["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Empty(message.Body["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Theory]
    [InlineData(403, 50001, "Missing Access")]
    [InlineData(403, 50013, "Missing Permissions")]
    [InlineData(404, 10003, "Unknown Channel")]
    public async Task SendAsync_ChannelGoneOrForbidden_ReportsChannelGoneWithReason(int status, int code, string name)
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.ChannelFailures[Channel] = (status, code, name);

        var outcome = await Sender(harness).SendAsync(DiscordPosts.Post(Channel), default);

        var gone = Assert.IsType<SendOutcome.ChannelGone>(outcome);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), gone.Reason, StringComparison.Ordinal);
        Assert.Contains(name, gone.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_BotLacksEmbedLinks_PostsANoticeAndReportsChannelGone()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.ChannelsWithoutEmbedLinks[Channel] = true;

        var outcome = await Sender(harness).SendAsync(DiscordPosts.Post(Channel), default);

        Assert.Contains("Embed Links", Assert.IsType<SendOutcome.ChannelGone>(outcome).Reason, StringComparison.Ordinal);
        var notice = Assert.Single(harness.Fake.MessagesIn(Channel));
        Assert.Contains("/subscribe", notice.Body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(notice.Body["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task SendAsync_ForbiddenWithoutDiscordErrorCode_RetriesLaterAndKeepsTheSubscription()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Script("POST", MessagesPath, 403, null);

        var outcome = await Sender(harness).SendAsync(DiscordPosts.Post(Channel), default);

        Assert.IsType<SendOutcome.RetryAfter>(outcome);
    }

    [Fact]
    public async Task SendAsync_PayloadRefused_RejectedWithoutRetry()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Script("POST", MessagesPath, 400, new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body" });

        var outcome = await Sender(harness).SendAsync(DiscordPosts.Post(Channel), default);

        Assert.Contains("50035", Assert.IsType<SendOutcome.Rejected>(outcome).Reason, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Requests, r => r.Path == MessagesPath);
    }

    [Fact]
    public async Task SendAsync_ServerErrors_BacksOffAndRetriesUntilDelivered()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Script("POST", MessagesPath, 502, null);
        harness.Fake.Script("POST", MessagesPath, 500, new JsonObject { ["code"] = 0, ["message"] = "500: Internal Server Error" });

        var outcome = await Sender(harness).SendAsync(DiscordPosts.Post(Channel), default);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        Assert.Equal(3, harness.Fake.Requests.Count(r => r.Path == MessagesPath));
        Assert.Single(harness.Fake.MessagesIn(Channel));
    }

    [Fact]
    public async Task SendAsync_TokenRejected_HaltsAllTrafficAndKeepsAlertsForLater()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Script("POST", MessagesPath, 401, new JsonObject { ["code"] = 0, ["message"] = "401: Unauthorized" });

        var first = await Sender(harness).SendAsync(DiscordPosts.Post(Channel), default);
        var second = await Sender(harness).SendAsync(DiscordPosts.Post(Channel, 43), default);

        Assert.IsType<SendOutcome.RetryAfter>(first);
        Assert.IsType<SendOutcome.RetryAfter>(second);
        Assert.Single(harness.Fake.Requests);
        Assert.NotNull(harness.Get<DiscordStatus>().FatalError);
    }

    [Fact]
    public async Task SendAsync_ArticleOverEveryLimit_FitsEveryEmbedLimitWithWholeSentences()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var sentence = "Pesawat tempur 🛩️ itu diterbangkan langsung dari Amerika Serikat ke Madiun. ";
        var article = TestArticles.Article(
            title: string.Concat(Enumerable.Repeat("Judul 🛩️ sangat panjang ", 30)),
            summary: string.Concat(Enumerable.Repeat(sentence, 120))) with
        {
            Author = new string('A', 300),
            Source = string.Concat(Enumerable.Repeat("sumber ", 400)),
            Categories = Enumerable.Range(1, 60).Select(i => $"Kategori nomor {i} yang panjang").ToArray(),
        };

        var outcome = await Sender(harness).SendAsync(DiscordPosts.Post(Channel, article: article), default);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        var embed = harness.Fake.MessagesIn(Channel).Single().Body["embeds"]![0]!;
        var description = embed["description"]!.GetValue<string>();
        Assert.EndsWith("Madiun.", description, StringComparison.Ordinal);
        Assert.True(embed["title"]!.GetValue<string>().Length <= 256);
        Assert.DoesNotContain(description.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 == description.Length || !char.IsLowSurrogate(description[i + 1]))), _ => true);
    }
}
