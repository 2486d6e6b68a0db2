using System.Diagnostics;
using System.Globalization;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>
/// Issue 14's replica journey: several replicas of the real executable on one PostgreSQL database fan articles out to
/// Telegram chats and Discord channels on the fakes, while one replica at a time is killed with <c>kill -9</c> and
/// started again. The articles are dropped into the shared inbox evenly over the kills' span; the last kill comes as
/// soon as the last article reaches its first channel. Afterwards every count is read from the fakes.
/// </summary>
public static class ReplicaScenario
{
    public const string Series = "RK";

    /// <param name="connectionString">An empty database on a real PostgreSQL server (the replicas migrate it).</param>
    public static async Task<ReplicaOutcome> RunAsync(string workingDirectory, string connectionString, ReplicaSettings settings, Action<string>? progress = null)
    {
        await using var fakes = await JourneyFakes.StartAsync(settings.RealLimits);
        var channels = fakes.Channels.AddTelegram(settings.TelegramChats, groupsAndChannels: false).AddDiscord(settings.DiscordChannels);
        using var replicas = new ReplicaSet(fakes, workingDirectory, connectionString, settings);
        await channels.SubscribeAsync(replicas.Bots[0].DataDirectory, replicas.Settings);

        replicas.StartAll();
        if (!await fakes.ReadyAsync())
        {
            return new ReplicaOutcome(new Dictionary<(long, string), int>(), new Dictionary<(ulong, string), int>(), [], null, null, 0, null, null, 0, 0, "not ready\n" + replicas.Output);
        }

        progress?.Invoke($"replicas: {settings.Replicas} running; {settings.Articles} articles to {settings.TelegramChats} + {settings.DiscordChannels} channels");
        var tags = Enumerable.Range(1, settings.Articles).Select(n => JourneyArticles.Tag(Series, n)).ToList();
        var clock = Stopwatch.StartNew();
        var ledger = new DeliveryLedger(fakes, Series, tags, clock);
        using var stopWatching = new CancellationTokenSource();
        var watching = ledger.WatchAsync(TimeSpan.FromMilliseconds(100), stopWatching.Token);
        var feeding = FeedAsync(replicas, settings, clock);
        try
        {
            return await WalkAsync(fakes, replicas, ledger, feeding, settings, clock, progress);
        }
        finally
        {
            await stopWatching.CancelAsync();
            await watching;
        }
    }

    private static async Task<ReplicaOutcome> WalkAsync(
        JourneyFakes fakes, ReplicaSet replicas, DeliveryLedger ledger, Task feeding, ReplicaSettings settings, Stopwatch clock, Action<string>? progress)
    {
        var tags = ledger.Tags;
        var killLog = new List<string>();
        TimeSpan? lastKill = null;
        var pendingAtLastKill = 0;
        var victim = -1;
        for (var kill = 1; kill <= settings.Kills; kill++)
        {
            if (kill < settings.Kills)
            {
                await DelayUntilAsync(clock, settings.KillEvery * kill);
            }
            else
            {
                // The last kill interrupts the last article's fan-out: as soon as it reaches its first channel.
                await feeding;
                await Eventually.WaitUntilAsync(() => ledger.Seen(tags[^1]), settings.DrainBound);
            }

            (victim, var roles) = await replicas.PickVictimAsync(victim);
            lastKill = clock.Elapsed;
            var (telegram, discord) = (ledger.TelegramArrived, ledger.DiscordArrived);
            await replicas.KillAndRestartAsync(victim);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"kill {kill} at {lastKill.Value.TotalSeconds:F1} s: replica {victim + 1} (held {(roles.Count == 0 ? "no role" : string.Join(", ", roles))}); {telegram + discord}/{ledger.Pairs} pairs had arrived (Telegram {telegram}, Discord {discord})");
            killLog.Add(line);
            pendingAtLastKill = ledger.Pairs - telegram - discord;
            progress?.Invoke("replicas: " + line);
        }

        await feeding;
        var done = await Eventually.WaitUntilAsync(() => ledger.Complete, settings.DrainBound);
        TimeSpan? allDelivered = done ? ledger.LastArrival : null;
        progress?.Invoke($"replicas: {ledger.Arrived}/{ledger.Pairs} pairs at {clock.Elapsed.TotalSeconds:F1} s");

        // A clean stop lets anything still in flight (a retry, a duplicate) land before the counts are taken.
        await replicas.InterruptAllAsync();
        ledger.Poll();
        return new ReplicaOutcome(
            ledger.Telegram(), ledger.Discord(), killLog, lastKill, allDelivered, pendingAtLastKill, ledger.TelegramDone, ledger.DiscordDone,
            fakes.Telegram.Count("sendMessage", 429), fakes.Discord.Total429s, replicas.Output);
    }

    /// <summary>Article n (1-based) lands in the inbox at n / Articles of the feed span.</summary>
    private static async Task FeedAsync(ReplicaSet replicas, ReplicaSettings settings, Stopwatch clock)
    {
        for (var n = 1; n <= settings.Articles; n++)
        {
            await DelayUntilAsync(clock, settings.FeedSpan * n / settings.Articles);
            await replicas.DropAsync(JourneyArticles.FileName(Series, n), JourneyArticles.Markdown(Series, n));
        }
    }

    private static async Task DelayUntilAsync(Stopwatch clock, TimeSpan at)
    {
        var wait = at - clock.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
