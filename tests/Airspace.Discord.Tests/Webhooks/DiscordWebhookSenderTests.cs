using Airspace.Discord.Startup;
using System.Text.Json.Nodes;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Rendering;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Airspace.Discord.Transport.Wire;
using static Airspace.Discord.Tests.Webhooks.WebhookHarness;

namespace Airspace.Discord.Tests.Webhooks;

public sealed class DiscordWebhookSenderTests
{
    [Fact]
    public async Task SendAsync_NewArticle_PostsTheBotsEmbedThroughTheWebhookWithoutAuthorization()
    {
        var (harness, webhook) = await StartAsync();
        await using var _ = harness;
        var post = Post();

        var outcome = await Sender(harness).SendAsync(post, default);

        var message = Assert.Single(harness.Fake.MessagesIn(webhook.ChannelId));
        Assert.Equal(message.Id, Assert.IsType<SendOutcome.Delivered>(outcome).MessageId);
        var expected = JsonNode.Parse(DiscordJson.Serialize(harness.Get<AlertRenderer>().Render(post).Embeds));
        Assert.True(JsonNode.DeepEquals(expected, message.Body["embeds"]), message.Body.ToJsonString());
        Assert.Empty(message.Body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(message.Body["nonce"]);
        // The pasted URL was unversioned; the call went to v10 (the fake serves nothing else).
        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal(("POST", ExecutePath(webhook), "?wait=true"), (request.Method, request.Path, request.Query));
        Assert.Null(request.Authorization);
        Assert.StartsWith("DiscordBot (", request.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Edit_EditsTheWebhookMessageInPlace()
    {
        var (harness, webhook) = await StartAsync();
        await using var _ = harness;
        var posted = Assert.IsType<SendOutcome.Delivered>(await Sender(harness).SendAsync(Post(), default));
        var changed = TestArticles.Article(title: "Indonesia menerima F-16 Viper pertama (diperbarui)");

        var outcome = await Sender(harness).SendAsync(Post(43, kind: DeliveryKind.Edit, messageId: posted.MessageId, article: changed), default);

        Assert.Equal(posted.MessageId, Assert.IsType<SendOutcome.Delivered>(outcome).MessageId);
        var message = Assert.Single(harness.Fake.MessagesIn(webhook.ChannelId));
        Assert.Equal(1, message.Edits);
        Assert.Equal(changed.Title, message.Body["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Single(harness.Fake.Requests, r => r.Method == "PATCH" && r.Path == $"{ExecutePath(webhook)}/messages/{posted.MessageId}" && r.Authorization is null);
    }

    [Fact]
    public async Task SendAsync_Short429_WaitsInPlaceAndDeliversOnce()
    {
        var (harness, webhook) = await StartAsync();
        await using var _ = harness;
        harness.Fake.Script429("POST", ExecutePath(webhook), 0.2, bucket: FakeDiscord.WebhookBucketHash);

        var outcome = await Sender(harness).SendAsync(Post(), default);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        Assert.Single(harness.Fake.MessagesIn(webhook.ChannelId));
        Assert.Equal(2, harness.Fake.Requests.Count);
        Assert.Equal(1, harness.Fake.TooManyRequests[FakeDiscord.WebhookBucketHash + ":" + webhook.Id]);
    }

    [Fact]
    public async Task SendAsync_429LongerThanMaxWait_RetryAfterThenTheRetryDelivers()
    {
        var (harness, webhook) = await StartAsync((_, s) => s["Airspace:Discord:MaxRateLimitWait"] = "00:00:00.05");
        await using var _ = harness;
        harness.Fake.Script429("POST", ExecutePath(webhook), 0.3, bucket: FakeDiscord.WebhookBucketHash);

        var first = await Sender(harness).SendAsync(Post(), default);
        var retry = Assert.IsType<SendOutcome.RetryAfter>(first);
        await Task.Delay(retry.Delay + TimeSpan.FromMilliseconds(50));
        var second = await Sender(harness).SendAsync(Post(), default);

        Assert.InRange(retry.Delay, TimeSpan.FromSeconds(0.2), TimeSpan.FromSeconds(1));
        Assert.IsType<SendOutcome.Delivered>(second);
        Assert.Single(harness.Fake.MessagesIn(webhook.ChannelId));
    }

    [Fact]
    public async Task SendAsync_Burst_FollowsTheWebhookBucketWithoutA429()
    {
        var (harness, webhook) = await StartAsync();
        await using var _ = harness;

        for (var i = 0; i < harness.Fake.MessageBucketLimit + 2; i++)
        {
            Assert.IsType<SendOutcome.Delivered>(await Sender(harness).SendAsync(Post(100 + i), default));
        }

        Assert.Equal(harness.Fake.MessageBucketLimit + 2, harness.Fake.MessagesIn(webhook.ChannelId).Count);
        Assert.Equal(0, harness.Fake.Total429s);
    }

    [Fact]
    public async Task SendAsync_WebhookDeleted_ChannelGoneWithTheReason()
    {
        var (harness, webhook) = await StartAsync();
        await using var _ = harness;
        webhook.Deleted = true;

        var outcome = await Sender(harness).SendAsync(Post(), default);

        var gone = Assert.IsType<SendOutcome.ChannelGone>(outcome);
        Assert.StartsWith("the webhook was deleted or its URL is wrong", gone.Reason, StringComparison.Ordinal);
        Assert.Contains("10015", gone.Reason, StringComparison.Ordinal);
        Assert.Contains("Discord webhook discord-webhook:newsroom is gone", harness.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WrongToken_ChannelGoneWithoutTheToken()
    {
        var (harness, webhook) = await StartAsync((fake, s) =>
        {
            var real = fake.Webhooks.Values.Single();
            s["Airspace:Discord:Webhooks:" + Name] = real.Url[..^4] + "XXXX";
        });
        await using var _ = harness;

        var outcome = await Sender(harness).SendAsync(Post(), default);

        var gone = Assert.IsType<SendOutcome.ChannelGone>(outcome);
        Assert.Contains("50027", gone.Reason, StringComparison.Ordinal);
        Assert.Equal(401, Assert.Single(harness.Fake.Requests).Status);
        Assert.DoesNotContain(webhook.Token[..^4], gone.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NameWithoutUrl_WaitsNamingTheKeyAndSendsNothing()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;

        var outcome = await Sender(harness).SendAsync(Post(address: ChannelAddress.ForDiscordWebhook("sports")), default);

        var wait = Assert.IsType<SendOutcome.RetryAfter>(outcome);
        Assert.Equal(TimeSpan.FromMinutes(10), wait.Delay);
        Assert.Contains("Airspace:Discord:Webhooks:sports", wait.Reason, StringComparison.Ordinal);
        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task SendAsync_ServerError_TransientFailureWithoutRepostingAtOnce()
    {
        var (harness, webhook) = await StartAsync();
        await using var _ = harness;
        harness.Fake.Script("POST", ExecutePath(webhook), 502, null);

        var outcome = await Sender(harness).SendAsync(Post(), default);

        Assert.Contains("502", Assert.IsType<SendOutcome.TransientFailure>(outcome).Reason, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Requests);
    }

    [Fact]
    public async Task SendAsync_PayloadRefused_Rejected()
    {
        var (harness, webhook) = await StartAsync();
        await using var _ = harness;
        harness.Fake.Script("POST", ExecutePath(webhook), 400, new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body" });

        var outcome = await Sender(harness).SendAsync(Post(), default);

        Assert.Contains("50035", Assert.IsType<SendOutcome.Rejected>(outcome).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_BotHalted_WebhookStillDelivers()
    {
        var (harness, webhook) = await StartAsync(withBot: true);
        await using var _ = harness;
        harness.Get<DiscordStatus>().Halt("test: the bot token was rejected");

        var outcome = await Sender(harness).SendAsync(Post(), default);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        Assert.Single(harness.Fake.MessagesIn(webhook.ChannelId));
    }
}
