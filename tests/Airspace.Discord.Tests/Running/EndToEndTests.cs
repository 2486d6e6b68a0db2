using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using static Airspace.Discord.Tests.Support.InteractionHarness;

namespace Airspace.Discord.Tests.Running;

/// <summary>The whole bot against the fake Discord: slash commands, the gateway, the inbox, the publisher and the dispatcher.</summary>
public sealed class EndToEndTests
{
    private const string ChannelA = "2100000000000000001";
    private const string ChannelB = "2100000000000000002";

    [Fact]
    public async Task Run_ArticleInInbox_ReachesTwoSubscribedChannelsExactlyOnceAcrossAGatewayDropAndA429()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var temp = new TempDirectory();
        var settings = TestHost.Settings(fake, temp);
        // A 429 longer than this goes back to the dispatcher, which retries the same delivery later.
        settings["Airspace:Discord:MaxRateLimitWait"] = "00:00:00.1";
        await using var host = await TestHost.StartAsync(settings, temp);
        Assert.True(await Eventually.WaitUntilAsync(() => fake.Ready && fake.RegisteredCommands is not null), host.Logs.All);

        foreach (var channel in new[] { ChannelA, ChannelB })
        {
            var subscribed = await SendAsync(fake, fake.NewInteraction(2, Command("subscribe"), channel, memberPermissions: Manager, appPermissions: CanPost));
            Assert.Contains("Subscribed", Content(subscribed), StringComparison.Ordinal);
        }

        fake.Script429("POST", $"/channels/{ChannelA}/messages", 0.3);
        await fake.CloseGatewayAsync(4000);
        var inbox = Path.Combine(host.DataDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "f16.md"), SampleMarkdown.F16Viper);

        Assert.True(await Eventually.WaitUntilAsync(() => fake.MessagesIn(ChannelA).Count == 1 && fake.MessagesIn(ChannelB).Count == 1), host.Logs.All);
        var deliveries = host.Get<IDeliveryStore>();
        Assert.True(await Eventually.WaitUntilAsync(async () => (await deliveries.ListAsync(DeliveryStatus.Sent, 10, default)).Count == 2));
        await host.Get<DeliveryPlanner>().RunOnceAsync(default);
        await host.Get<DeliveryDispatcher>().RunOnceAsync(default);

        Assert.Single(fake.MessagesIn(ChannelA));
        Assert.Single(fake.MessagesIn(ChannelB));
        Assert.Equal("Indonesia menerima F-16 Viper pertama", fake.MessagesIn(ChannelA)[0].Body["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(1, fake.TooManyRequests[FakeDiscord.MessageBucketHash + ":" + ChannelA]);
        Assert.Equal(2, fake.Requests.Count(r => r.Path == $"/channels/{ChannelA}/messages"));
        Assert.All(await host.Get<ISubscriptionStore>().ListAsync(default), s => Assert.True(s.Enabled));
        Assert.Contains($"to discord:{ChannelA} will be retried", host.Logs.All, StringComparison.Ordinal);

        // The session was resumed, not identified again, and commands still work on it.
        Assert.True(await Eventually.WaitUntilAsync(() => fake.Ready));
        Assert.Equal(1, fake.Identifies);
        Assert.Equal(1, fake.Resumes);
        var latest = await SendAsync(fake, fake.NewInteraction(2, Command("latest", ("count", 1)), ChannelB));
        Assert.Equal("Indonesia menerima F-16 Viper pertama", latest.Visible!["embeds"]![0]!["title"]!.GetValue<string>());

        // Nothing secret reached the logs: not the bot token, not an interaction token.
        var logs = host.Logs.All;
        Assert.DoesNotContain(FakeDiscord.Token, logs, StringComparison.Ordinal);
        Assert.All(fake.Interactions.Values, i => Assert.DoesNotContain(i.Token, logs, StringComparison.Ordinal));
    }
}
