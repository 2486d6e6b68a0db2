using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Airspace.Discord.Tests.Webhooks;

/// <summary>A harness with no bot token and one webhook, <c>newsroom</c>, configured at the fake; logs kept at Trace.</summary>
internal static class WebhookHarness
{
    public const string Name = "newsroom";

    public static ChannelAddress Address { get; } = ChannelAddress.ForDiscordWebhook(Name);

    public static async Task<(DiscordHarness Harness, FakeWebhook Webhook)> StartAsync(Action<FakeDiscord, Dictionary<string, string?>>? settings = null, bool withBot = false)
    {
        FakeWebhook? webhook = null;
        var harness = await DiscordHarness.StartAsync(
            (fake, values) =>
            {
                webhook = fake.CreateWebhook();
                if (!withBot)
                {
                    values["Airspace:Discord:Token"] = null;
                }

                values["Airspace:Discord:Webhooks:" + Name] = webhook.Url;
                settings?.Invoke(fake, values);
            },
            services => services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace)));
        return (harness, webhook!);
    }

    public static IChatSender Sender(DiscordHarness harness) =>
        harness.Services.GetServices<IChatSender>().Single(s => s.Platform == ChannelAddress.DiscordWebhook);

    public static Post Post(long deliveryId = 42, ChannelAddress? address = null, DeliveryKind kind = DeliveryKind.Post, string? messageId = null, Core.Articles.Article? article = null) =>
        DiscordPosts.Post("1", deliveryId, article, kind, messageId) with { Address = address ?? Address };

    public static string ExecutePath(FakeWebhook webhook) => $"/webhooks/{webhook.Id}/{webhook.Token}";
}
