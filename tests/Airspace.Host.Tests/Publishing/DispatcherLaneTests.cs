using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Host.Tests.Publishing;

/// <summary>
/// One dispatch lane per platform and per Discord webhook, over the real SQLite store: a platform that never answers
/// (a blocked sender) must not hold up another's alerts. Outcomes and order are asserted, never durations.
/// </summary>
public sealed class DispatcherLaneTests : IAsyncDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
    private TestBot? _bot;

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        _temp.Dispose();
    }

    private async Task<TestBot> CreateAsync(Dictionary<string, string> dispatcher, ChannelAddress[] channels, params IChatSender[] senders)
    {
        var settings = TestBot.Settings(_temp.Combine("data"), _temp.Combine("no-samples"));
        foreach (var (key, value) in dispatcher)
        {
            settings["Airspace:Dispatcher:" + key] = value;
        }

        _bot = TestBot.Create(settings, services =>
        {
            services.AddSingleton<TimeProvider>(_time);
            foreach (var sender in senders)
            {
                services.AddSingleton(sender);
            }
        });
        foreach (var channel in channels)
        {
            await _bot.Get<ISubscriptionStore>().AddAsync(channel, [], 0, default);
        }

        await _bot.PublishAsync("Berita jalur");
        return _bot;
    }

    private static ChannelAddress[] TelegramChats(int count) => [.. Enumerable.Range(1, count).Select(i => ChannelAddress.ForTelegram(-1000 - i))];

    [Fact]
    public async Task RunAsync_TelegramNeverAnswers_DiscordDeliveredMeanwhileAndTelegramKeepsItsOwnConcurrency()
    {
        var telegram = new BlockingSender(ChannelAddress.Telegram);
        var discord = new ScriptedSender(ChannelAddress.Discord);
        var bot = await CreateAsync(
            new() { ["Concurrency"] = "1", ["Platforms:telegram:Concurrency"] = "2" },
            [.. TelegramChats(4), ChannelAddress.ForDiscord(42)],
            telegram,
            discord);

        using var stop = new CancellationTokenSource();
        var running = bot.Get<DeliveryDispatcher>().RunAsync(stop.Token);
        var discordDelivered = await Eventually.WaitUntilAsync(() => discord.Delivered.Count == 1);
        var telegramBusy = await Eventually.WaitUntilAsync(() => telegram.Started.Count == 2);
        var heldBack = telegram.Delivered.Count;
        telegram.Open();
        var telegramDelivered = await Eventually.WaitUntilAsync(() => telegram.Delivered.Count == 4);
        await stop.CancelAsync();
        await running;

        Assert.True(discordDelivered, "Discord's alert waited for Telegram");
        Assert.True(telegramBusy, $"Telegram's lane served {telegram.Started.Count} chats at once, not its own 2");
        Assert.Equal(0, heldBack);
        Assert.True(telegramDelivered);
        Assert.Equal(4, telegram.Delivered.Select(p => p.Address).Distinct().Count());
        Assert.Equal(5, (await bot.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Sent, 10, default)).Count);
    }

    [Fact]
    public async Task RunAsync_OneWebhookNeverAnswers_OtherWebhookDeliveredMeanwhile()
    {
        var slow = ChannelAddress.ForDiscordWebhook("slow");
        var fast = ChannelAddress.ForDiscordWebhook("fast");
        var webhooks = new BlockingSender(ChannelAddress.DiscordWebhook, address => address == slow);
        var bot = await CreateAsync(new() { ["Concurrency"] = "1" }, [slow, fast], webhooks);

        using var stop = new CancellationTokenSource();
        var running = bot.Get<DeliveryDispatcher>().RunAsync(stop.Token);
        var fastDelivered = await Eventually.WaitUntilAsync(() => webhooks.Delivered.Any(p => p.Address == fast));
        var slowHeld = webhooks.Delivered.All(p => p.Address != slow);
        webhooks.Open();
        var slowDelivered = await Eventually.WaitUntilAsync(() => webhooks.Delivered.Count == 2);
        await stop.CancelAsync();
        await running;

        Assert.True(fastDelivered, "one webhook's alert waited for another webhook");
        Assert.True(slowHeld);
        Assert.True(slowDelivered);
    }

    [Fact]
    public async Task RunOnce_TelegramBacklogLargerThanABatch_DiscordClaimedInTheSameRound()
    {
        var telegram = new ScriptedSender(ChannelAddress.Telegram);
        var discord = new ScriptedSender(ChannelAddress.Discord);
        var bot = await CreateAsync(new() { ["BatchSize"] = "3" }, [.. TelegramChats(5), ChannelAddress.ForDiscord(42)], telegram, discord);

        await bot.Get<DeliveryDispatcher>().RunOnceAsync(default);

        Assert.Single(discord.Delivered);
        Assert.Equal(3, telegram.Delivered.Count);
    }
}
