using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;

namespace Airspace.Discord.Tests.Running;

/// <summary>The whole bot with no bot token, only a channel webhook: the inbox, the publisher and the dispatcher.</summary>
public sealed class WebhookEndToEndTests
{
    [Fact]
    public async Task Run_WebhookOnlyNoBotToken_ArticleInInboxReachesTheWebhookExactlyOnce()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var temp = new TempDirectory();
        var webhook = fake.CreateWebhook();
        var settings = TestHost.Settings(fake, temp);
        settings["Airspace:Discord:Token"] = null;
        settings["Airspace:Discord:Webhooks:newsroom"] = webhook.Url;
        settings["Logging:LogLevel:Default"] = "Trace";
        settings["Logging:LogLevel:Microsoft"] = "Trace";
        await using var host = await TestHost.StartAsync(settings, temp);
        await host.Get<ISubscriptionStore>().AddAsync(ChannelAddress.Parse("discord-webhook:newsroom"), [], 0, default);

        var inbox = Path.Combine(host.DataDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "f16.md"), SampleMarkdown.F16Viper);

        Assert.True(await Eventually.WaitUntilAsync(() => fake.MessagesIn(webhook.ChannelId).Count == 1), host.Logs.All);
        var deliveries = host.Get<IDeliveryStore>();
        Assert.True(await Eventually.WaitUntilAsync(async () => (await deliveries.ListAsync(DeliveryStatus.Sent, 10, default)).Count == 1), host.Logs.All);
        await host.Get<DeliveryPlanner>().RunOnceAsync(default);
        await host.Get<DeliveryDispatcher>().RunOnceAsync(default);

        var message = Assert.Single(fake.MessagesIn(webhook.ChannelId));
        Assert.Equal("Indonesia menerima F-16 Viper pertama", message.Body["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(message.Id, Assert.Single(await deliveries.ListAsync(DeliveryStatus.Sent, 10, default)).MessageId);
        // Nothing but the webhook was called: no token check, no gateway, no command registration.
        Assert.All(fake.Requests, r => Assert.Equal(($"/webhooks/{webhook.Id}/{webhook.Token}", null), (r.Path, r.Authorization)));
        Assert.Equal(0, fake.Identifies);
        Assert.Null(fake.RegisteredCommands);
        Assert.DoesNotContain(webhook.Token, host.Logs.All, StringComparison.Ordinal);
    }
}
