using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using static Airspace.Discord.Tests.Webhooks.WebhookHarness;

namespace Airspace.Discord.Tests.Webhooks;

/// <summary>Webhook deliveries through the real planner, dispatcher and SQLite store.</summary>
public sealed class WebhookDispatchTests
{
    private const string OfflineToken = "0ffl1ne-S3cret_T0ken";

    [Fact]
    public async Task Dispatch_DeliveredRateLimitedUnreachableAndDeleted_NoWebhookUrlOrTokenInLogsOrStore()
    {
        FakeWebhook? deleted = null;
        var (harness, webhook) = await StartAsync((fake, s) =>
        {
            deleted = fake.CreateWebhook();
            s["Airspace:Discord:Webhooks:gone"] = deleted.Url;
            s["Airspace:Discord:Webhooks:offline"] = $"http://127.0.0.1:9/api/v10/webhooks/1234567890/{OfflineToken}";
            s["Airspace:Discord:MaxRateLimitWait"] = "00:00:00.05";
        });
        await using var _ = harness;
        deleted!.Deleted = true;
        harness.Fake.Script429("POST", ExecutePath(webhook), 0.2, bucket: FakeDiscord.WebhookBucketHash);
        var subscriptions = harness.Get<ISubscriptionStore>();
        foreach (var name in new[] { Name, "gone", "offline" })
        {
            await subscriptions.AddAsync(ChannelAddress.ForDiscordWebhook(name), [], 0, default);
        }

        await DiscordPosts.IngestAsync(harness, 1);
        await harness.Get<DeliveryPlanner>().RunOnceAsync(default);
        var dispatcher = harness.Get<DeliveryDispatcher>();
        await dispatcher.RunOnceAsync(default);
        Assert.Empty(harness.Fake.MessagesIn(webhook.ChannelId));
        Assert.True(await Eventually.WaitUntilAsync(async () =>
        {
            await dispatcher.RunOnceAsync(default);
            return harness.Fake.MessagesIn(webhook.ChannelId).Count == 1;
        }));

        var all = (await subscriptions.ListAsync(default)).ToDictionary(s => s.Address.Target);
        Assert.True(all[Name].Enabled);
        Assert.True(all["offline"].Enabled);
        Assert.False(all["gone"].Enabled);
        Assert.StartsWith("the webhook was deleted or its URL is wrong", all["gone"].DisabledReason, StringComparison.Ordinal);
        var deliveries = harness.Get<IDeliveryStore>();
        var pending = Assert.Single(await deliveries.ListAsync(DeliveryStatus.Pending, 10, default));
        Assert.Equal("discord-webhook:offline", pending.Address.ToString());
        Assert.Contains("unreachable", pending.LastError, StringComparison.Ordinal);

        var stored = string.Join('\n', (await deliveries.ListAsync(DeliveryStatus.Failed, 10, default)).Concat([pending]).Select(d => d.LastError))
            + string.Join('\n', all.Values.Select(s => s.DisabledReason + " " + s.Address));
        var logs = harness.Logs.All;
        Assert.Contains(harness.Logs.Entries, e => e.Text.Contains("discord-webhook:newsroom", StringComparison.Ordinal));
        foreach (var secret in new[] { webhook.Token, deleted.Token, OfflineToken, "/webhooks/" + webhook.Id + "/", "api/webhooks" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        }
    }
}
