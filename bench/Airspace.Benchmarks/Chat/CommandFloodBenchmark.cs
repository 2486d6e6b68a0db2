using System.Diagnostics;
using Airspace.Core.Ingest;
using Airspace.Core.Search;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;
using Airspace.Testing;

namespace Airspace.Benchmarks.Chat;

/// <summary>
/// Issue 9 §4: a group floods the bot with commands (many users, several a second, far more replies than the group's
/// 20 messages a minute allow) while private chats ask <c>/help</c> once a second; each private answer is timed from
/// the update being available to the reply reaching the server. Telegram's real limits on the loopback fake, the
/// bot with its production pacing and defaults.
/// </summary>
public static class CommandFloodBenchmark
{
    public const int Samples = 30;
    private const long Group = -1009900;
    private const int GroupUsers = 40;
    private const int PrivateChats = 10;
    private static readonly TimeSpan FloodEvery = TimeSpan.FromMilliseconds(100);

    public static async Task<CommandFloodReport> RunAsync(Action<string> log)
    {
        using var temp = new TempDirectory();
        await using var fake = await FakeBotApi.StartAsync(FakeLimits.Real);
        fake.AddGroup(Group);
        var privates = Enumerable.Range(1, PrivateChats).Select(i => 9900L + i).ToArray();
        foreach (var chat in privates)
        {
            fake.AddPrivateChat(chat);
        }

        var settings = TelegramTestBot.Settings(temp.Combine("data"), fake);

        // Production pacing, not the tests' scaled one.
        foreach (var key in new[] { "PrivateChatInterval", "GroupChatInterval", "RetryAfterMargin", "ChatGoneRetryDelay" })
        {
            settings.Remove("Airspace:Telegram:" + key);
        }

        settings["Logging:LogLevel:Airspace.Telegram"] = "Warning";
        await using var bot = await TelegramTestBot.StartAsync(settings);
        var ingestor = bot.Get<ArticleIngestor>();
        for (var i = 1; i <= 20; i++)
        {
            await ingestor.IngestAsync(TestArticles.Draft(i, "Sukhoi"), default);
        }

        await bot.Get<SearchIndexer>().CatchUpAsync(default);

        using var stop = new CancellationTokenSource();
        var floodCommands = 0;
        var flood = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(FloodEvery);
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
            {
                var user = 5000 + (floodCommands % GroupUsers);
                fake.PushMessage(Group, user, floodCommands % 2 == 0 ? "/latest" : "/search Sukhoi");
                floodCommands++;
            }
        });

        // Let the group's backlog build first.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var latencies = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var chat = privates[i % PrivateChats];
            var before = fake.BotMessages(chat).Count;
            var clock = Stopwatch.StartNew();
            fake.PushMessage(chat, chat, "/help");
            while (fake.BotMessages(chat).Count == before && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(2);
            }

            latencies.Add(clock.Elapsed.TotalMilliseconds);
            log($"telegram flood: private /help {i + 1}/{Samples} answered in {clock.Elapsed.TotalMilliseconds:F0} ms");
            await Task.Delay(TimeSpan.FromSeconds(1) - clock.Elapsed is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
        }

        await stop.CancelAsync();
        try
        {
            await flood;
        }
        catch (OperationCanceledException)
        {
        }

        latencies.Sort();
        return new CommandFloodReport(
            Samples,
            floodCommands,
            fake.BotMessages(Group).Count,
            latencies[latencies.Count / 2],
            latencies[(int)Math.Ceiling(0.95 * latencies.Count) - 1],
            latencies[^1],
            fake.Count("sendMessage", 429));
    }
}
