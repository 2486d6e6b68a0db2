using System.Diagnostics;
using System.Globalization;
using System.Net;
using Airspace.Journeys.Tests.Harness;
using Airspace.Storage.Postgres.Tests;
using Airspace.Telegram.Tests.Fake;
using Xunit.Abstractions;

namespace Airspace.Journeys.Tests;

/// <summary>
/// Issue 14, "when the database goes away": the real executable on a real PostgreSQL, whose server is stopped
/// (<c>pg_ctl stop -m fast</c>) for about ten seconds while the bot runs and started again on the same port. The bot
/// keeps running, <c>/healthz</c> goes 503 and back to 200, a command during the outage is told to try again, and
/// nothing is lost or sent twice: the delivery in flight when the server stopped and the article dropped into the
/// inbox during the outage each reach the subscribed chat exactly once.
/// </summary>
public sealed class DatabaseOutageJourneyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long Chat = 9_800_001;
    private const string StoreUnavailable = "The store is unavailable right now";
    private readonly TempDirectory _temp = new();
    private readonly PostgresCluster _cluster = new();
    private FakeBotApi _telegram = null!;

    public async Task InitializeAsync()
    {
        await _cluster.InitializeAsync();
        _telegram = await FakeBotApi.StartAsync();
        _telegram.AddPrivateChat(Chat);
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _cluster.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Run_DatabaseStopsForTenSeconds_KeepsRunningReportsUnhealthyAndDeliversEverythingOnce()
    {
        var port = PostgresCluster.FreePort();
        var health = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/healthz");
        using var bot = new JourneyBot(_temp.Path).WithFastLoops().WithTelegram(_telegram)
            .With("Airspace:Storage:Provider", "Postgres")
            .With("Airspace:Storage:ConnectionString", await _cluster.CreateDatabaseAsync() + ";Timeout=3")
            .With("Airspace:Storage:Probe:Interval", "00:00:00.5")
            .With("Airspace:Roles:LeaseDuration", "00:00:03")
            .With("Airspace:Roles:RenewInterval", "00:00:01")
            .With("Airspace:Http:Urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var added = await bot.RunAsync("subscriptions", "add", "telegram:" + Chat.ToString(CultureInfo.InvariantCulture));
        Assert.True(added.ExitCode == 0, added.ToString());

        var run = bot.Start();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await using var watch = new HealthWatch(http, health);
        Assert.True(await Eventually.WaitUntilAsync(() => watch.Last == HttpStatusCode.OK && _telegram.Count("getUpdates") > 0, TimeSpan.FromSeconds(60)), bot.Output);

        // A delivery in flight when the server stops: Telegram takes it, recording it as sent fails.
        _telegram.HoldSends(Chat);
        await bot.DropAsync(JourneyArticles.FileName("DB", 1), JourneyArticles.Markdown("DB", 1));
        Assert.True(await Eventually.WaitUntilAsync(() => _telegram.HeldSends > 0, TimeSpan.FromSeconds(60)), bot.Output);

        var stopped = Stopwatch.StartNew();
        await _cluster.StopServerAsync();
        _telegram.ReleaseSends(Chat);
        Assert.True(await Eventually.WaitUntilAsync(() => watch.Last == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30)), bot.Output);
        var toUnhealthy = stopped.Elapsed;

        // During the outage: an article arrives in the inbox, and someone asks for their subscriptions.
        await bot.DropAsync(JourneyArticles.FileName("DB", 2), JourneyArticles.Markdown("DB", 2));
        _telegram.PushMessage(Chat, Chat, "/subscriptions");
        var answeredInOutage = await Eventually.WaitUntilAsync(
            () => _telegram.BotMessages(Chat).Any(m => m.Text.Contains(StoreUnavailable, StringComparison.Ordinal)), TimeSpan.FromSeconds(8));
        while (stopped.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(200);
        }

        Assert.True(File.Exists(Path.Combine(bot.Inbox, JourneyArticles.FileName("DB", 2))), "The inbox file was moved before the store could take it.\n" + bot.Output);
        await _cluster.StartServerAsync();
        var started = Stopwatch.StartNew();
        Assert.True(await Eventually.WaitUntilAsync(() => watch.Last == HttpStatusCode.OK, TimeSpan.FromSeconds(60)), bot.Output);
        var toHealthy = started.Elapsed;

        Assert.True(await Eventually.WaitUntilAsync(() => Alerts(JourneyArticles.Tag("DB", 2)) > 0, TimeSpan.FromSeconds(60)), bot.Output);
        var toDelivered = started.Elapsed;

        // Settle: a duplicate would come within the dispatcher's next turns.
        await Task.Delay(TimeSpan.FromSeconds(3));
        output.WriteLine($"503 after {toUnhealthy.TotalSeconds:0.0} s; 200 again {toHealthy.TotalSeconds:0.0} s and the outage's article delivered {toDelivered.TotalSeconds:0.0} s after the server started; statuses {watch.Transitions}");
        Assert.False(run.Process.HasExited, "The bot exited during the outage.\n" + bot.Output);
        Assert.True(answeredInOutage, "No 'store unavailable' reply to the command sent during the outage.\n" + bot.Output);
        Assert.Equal(1, Alerts(JourneyArticles.Tag("DB", 1)));
        Assert.Equal(1, Alerts(JourneyArticles.Tag("DB", 2)));
        Assert.Equal(1, Eventually.Count(run.Stderr, "The store is unavailable:"));
        Assert.Equal(1, Eventually.Count(run.Stderr, "The store answers again"));

        // Not a line per loop turn or per /healthz scrape: the loops, the roles, the inbox and the checks wait quietly.
        foreach (var perTurn in new[] { "iteration failed", "Inbox scan failed", "Could not take, renew or release role", "claim heartbeat could not reach", "Health check" })
        {
            Assert.False(run.Stderr.Contains(perTurn, StringComparison.Ordinal), $"'{perTurn}' was logged during the outage:\n" + run.Stderr);
        }

        Assert.Equal(0, await bot.InterruptAsync());
    }

    private int Alerts(string tag) => _telegram.BotMessages(Chat).Count(m => m.Text.Contains(tag, StringComparison.Ordinal));

    /// <summary>Polls <c>/healthz</c> every 100 ms in the background, keeping the last status and each change.</summary>
    private sealed class HealthWatch : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private readonly List<string> _changes = [];
        private volatile object? _last;

        public HealthWatch(HttpClient http, Uri health) => _loop = Task.Run(() => PollAsync(http, health));

        public HttpStatusCode? Last => (HttpStatusCode?)_last;

        public string Transitions
        {
            get
            {
                lock (_changes)
                {
                    return string.Join(" → ", _changes);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }

        private async Task PollAsync(HttpClient http, Uri health)
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpStatusCode? status;
                try
                {
                    using var response = await http.GetAsync(health, _stop.Token);
                    status = response.StatusCode;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    status = null;
                }

                if (status is { } seen && !Equals(_last, seen))
                {
                    _last = seen;
                    lock (_changes)
                    {
                        _changes.Add(((int)seen).ToString(CultureInfo.InvariantCulture));
                    }
                }

                try
                {
                    await Task.Delay(100, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
