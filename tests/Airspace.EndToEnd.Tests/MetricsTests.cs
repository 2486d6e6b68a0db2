using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Fakes;
using Airspace.Telegram.Tests.Fake;
using DiscordHost = Airspace.Discord.Tests.Support.TestHost;

namespace Airspace.EndToEnd.Tests;

/// <summary>
/// The whole bot with an HTTP listener against both fake platforms and a feed site on loopback: after an inbox
/// article, a feed poll, a 429 on each platform, a 5xx, a rejected message, a chat command and a dropped gateway,
/// <c>GET /metrics</c> carries every metric docs/metrics.md lists.
/// </summary>
[Collection(WholeBot.Name)]
public sealed class MetricsTests
{
    private const long TelegramPrivate = 7101;
    private const long TelegramGroup = -1007102;
    private const long TelegramRefusing = -1007103;
    private const ulong DiscordA = 2200000000000000011;

    /// <summary>Every metric of docs/metrics.md, as the Prometheus exporter names it, with labels it must carry.</summary>
    private static readonly string[] Expected =
    [
        "airspace_articles_ingested_total outcome=inserted source=inbox",
        "airspace_articles_ingested_total outcome=inserted source=review",
        "airspace_deliveries_sent_total platform=telegram",
        "airspace_deliveries_sent_total platform=discord",
        "airspace_deliveries_failed_total platform=telegram",
        "airspace_deliveries_retried_total platform=telegram",
        "airspace_rate_limited_total platform=telegram",
        "airspace_rate_limited_total platform=discord",
        "airspace_outbox_depth platform=telegram",
        "airspace_outbox_depth platform=discord",
        "airspace_outbox_oldest_pending_age_seconds platform=telegram",
        "airspace_delivery_latency_seconds_bucket platform=telegram le=+Inf",
        "airspace_delivery_latency_seconds_count platform=discord",
        "airspace_source_polls_total result=fetched source=review",
        "airspace_commands_total command=latest platform=telegram",
        "airspace_command_duration_seconds_bucket command=latest platform=telegram le=+Inf",
        "airspace_gateway_reconnects_total action=resume platform=discord",
        "airspace_store_up",
        // Runtime and ASP.NET Core instrumentation.
        "dotnet_gc_collections_total",
        "dotnet_process_memory_working_set_bytes",
        "http_server_request_duration_seconds_bucket http_route=/healthz",
    ];

    [Fact]
    public async Task Metrics_AfterActivityOnBothPlatforms_ScrapeCarriesEveryMetric()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        telegram.AddPrivateChat(TelegramPrivate);
        telegram.AddGroup(TelegramGroup);
        telegram.AddGroup(TelegramRefusing);
        await using var discord = await FakeDiscord.StartAsync();
        await using var site = await SampleFeedSite.StartAsync("/feed.xml", linked: false);
        using var temp = new TempDirectory();

        var settings = BothPlatformsSettings.For(discord, telegram, temp);
        settings["Airspace:Dispatcher:FirstRetryDelay"] = "00:00:00.1";
        settings["Airspace:Http:Urls"] = "http://127.0.0.1:0";
        settings["Airspace:Sources:0:Name"] = "review";
        settings["Airspace:Sources:0:Url"] = new Uri(site.BaseAddress, "/feed.xml").ToString();
        settings["Airspace:Sources:0:Local"] = "true";
        await using var host = await DiscordHost.StartAsync(settings, temp);
        Assert.True(await Eventually.WaitUntilAsync(() => discord.Ready), host.Logs.All);

        var subscriptions = host.Get<ISubscriptionStore>();
        foreach (var channel in new[] { ChannelAddress.ForTelegram(TelegramPrivate), ChannelAddress.ForTelegram(TelegramGroup), ChannelAddress.ForTelegram(TelegramRefusing), ChannelAddress.ForDiscord(DiscordA) })
        {
            await subscriptions.AddAsync(channel, [], 0, default);
        }

        telegram.RateLimitNext(TelegramGroup, times: 1, retryAfter: 1);
        telegram.FailNext(TelegramPrivate, new FakeApiError(500, "Internal Server Error"));
        telegram.FailNext(TelegramRefusing, FakeApiError.BadRequest("message is too long"));
        discord.Script429("POST", $"/channels/{DiscordA}/messages", 0.3);
        var inbox = Path.Combine(host.DataDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "kf21.md"), """
            ---
            title: KF-21 Boramae terbang bersama pilot Indonesia
            url: https://example.com/2024/03/04/kf21/
            date: 2024-03-04T09:00:00+07:00
            source: kf-news
            ---
            Pesawat tempur KF-21 Boramae terbang dengan pilot uji dari Indonesia di Sacheon, Korea Selatan. Indonesia ikut membiayai program pesawat tempur itu.
            """);
        var deliveries = host.Get<IDeliveryStore>();
        Assert.True(await Eventually.WaitUntilAsync(async () => (await deliveries.ListAsync(DeliveryStatus.Sent, 10, default)).Count == 3), host.Logs.All);
        Assert.Single(await deliveries.ListAsync(DeliveryStatus.Failed, 10, default));

        telegram.PushMessage(TelegramPrivate, TelegramPrivate, "/latest");
        Assert.True(await Eventually.WaitUntilAsync(() => telegram.BotMessages(TelegramPrivate).Count == 2), host.Logs.All);
        var connections = discord.Connections;
        discord.AbortGateway();
        Assert.True(await Eventually.WaitUntilAsync(() => discord.Connections > connections && discord.Ready), host.Logs.All);

        using var client = new HttpClient();
        using (await client.GetAsync(new Uri(host.HttpAddress, "/healthz")))
        {
        }

        var missing = Expected.ToList();
        var scrape = "";
        await Eventually.WaitUntilAsync(async () =>
        {
            scrape = await client.GetStringAsync(new Uri(host.HttpAddress, "/metrics"));
            missing = [.. Expected.Where(m => !Scraped(scrape, m))];
            return missing.Count == 0;
        });

        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing) + "\n" + scrape);
    }

    /// <summary>Whether a sample line of <paramref name="scrape"/> has the expected name and (a superset of) its labels, in any order.</summary>
    private static bool Scraped(string scrape, string expected)
    {
        var parts = expected.Split(' ');
        var labels = parts.Skip(1).Select(l => l.Split('=', 2)).Select(l => $"{l[0]}=\"{l[1]}\"").ToList();
        return scrape.Split('\n').Any(line =>
            line.StartsWith(parts[0] + "{", StringComparison.Ordinal)
            && labels.All(label => line[..line.IndexOf('}', StringComparison.Ordinal)].Split('{', ',').Contains(label)));
    }
}
