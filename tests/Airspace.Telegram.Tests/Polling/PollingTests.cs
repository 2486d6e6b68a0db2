using Airspace.Core.Articles;
using Airspace.Core.State;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;
using Airspace.Telegram.Tests.Updates;
using Airspace.Core.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Airspace.Telegram.Tests.Polling;

public sealed class PollingTests : IAsyncLifetime
{
    private const long Chat = 8001;
    private readonly TempDirectory _temp = new();
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.AddPrivateChat(Chat);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Restart_ServerHandsAnOldUpdateOutAgain_ResumesAtThePersistedOffsetAndAnswersOnce()
    {
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), _fake);
        int first;
        await using (var bot = await TelegramTestBot.StartAsync(settings))
        {
            first = _fake.PushMessage(Chat, Chat, "/help");
            Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count == 1));
        }

        var pollsBefore = _fake.PollOffsets.Count;
        _fake.Redeliver(first, _fake.PushedUpdate(first)!);
        await using var restarted = await TelegramTestBot.StartAsync(settings);
        _fake.PushMessage(Chat, Chat, "/latest 1");

        Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count == 2));
        Assert.Equal(first + 1, _fake.PollOffsets[pollsBefore]);
        var replies = _fake.BotMessages(Chat);
        Assert.StartsWith("Airspace posts", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("No articles yet.", replies[1].Text);
        // The redelivered update may come in the same batch as, and after, the new one: its skip is logged soon after.
        Assert.True(await Eventually.WaitUntilAsync(() => restarted.Logs.Entries.Any(l => l.Text == $"Skipped Telegram update {first}: already handled")));
    }

    [Fact]
    public async Task Restart_UpdatesQueuedBehindASlowHandlerAtStop_HandledAfterTheRestart()
    {
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), _fake);
        settings["Airspace:Telegram:SummaryTimeout"] = "00:10:00";
        var fetcher = new SlowFetcher();
        await using (var bot = await TelegramTestBot.StartAsync(settings, services => services.AddSingleton<IArticleFetcher>(fetcher)))
        {
            _fake.PushMessage(Chat, Chat, "/summary https://slow.example.com/news/1");
            Assert.True(await Eventually.WaitUntilAsync(() => fetcher.Calls == 1), bot.Logs.All);
            var queued = _fake.PushMessage(Chat, Chat, "/help");
            Assert.True(await Eventually.WaitUntilAsync(() => _fake.TakenIn(queued)), bot.Logs.All);
            Assert.Empty(_fake.BotMessages(Chat));
        }

        // The summary was cut off mid-handling (not repeated); the /help queued behind it is fetched and answered now.
        await using var restarted = await TelegramTestBot.StartAsync(settings, services => services.AddSingleton<IArticleFetcher>(fetcher));

        Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count == 1), restarted.Logs.All);
        Assert.StartsWith("Airspace posts", _fake.BotMessages(Chat)[0].Text, StringComparison.Ordinal);
        Assert.Equal(1, fetcher.Calls);
    }

    [Fact]
    public async Task Start_LastUpdateHandledLongAgo_PollsFromTheHeadSoARestartedIdSequenceIsNotLost()
    {
        // After a week without updates Telegram starts update ids at a random value, possibly below our last one.
        var offset = StateKey.Number("telegram:updates:" + FakeBotApi.BotId);
        await using (var bot = TelegramTestBot.Create(TelegramTestBot.Settings(_temp.Combine("data"), _fake)))
        {
            var state = bot.Get<IStateStore>();
            await state.SetAsync(offset, 900_000, default);
            await state.SetAsync(StateKey.UnixSeconds("telegram:updates-at:" + FakeBotApi.BotId), DateTimeOffset.UtcNow.AddDays(-8), default);
            await bot.StartAsync();

            _fake.PushMessage(Chat, Chat, "/help");

            Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count == 1));
            Assert.Equal(0, _fake.PollOffsets[0]);

            // The new, lower position replaced the old one (a position that only moved forward would keep 900 000).
            Assert.True(await Eventually.WaitUntilAsync(async () => await state.GetAsync(offset, default) is > 0 and < 900_000));
        }

        // So a restart within the day polls from it, not from 900 000 (which would confirm, and drop, every update below).
        await using var restarted = await TelegramTestBot.StartAsync(TelegramTestBot.Settings(_temp.Combine("data"), _fake));
        _fake.PushMessage(Chat, Chat, "/help");
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count == 2));
    }

    [Fact]
    public async Task SecondInstance_PollsWithTheSameToken_OneStopsWith409LoudlyAndReportsUnhealthy()
    {
        await using var a = await TelegramTestBot.StartAsync(TelegramTestBot.Settings(_temp.Combine("a"), _fake));
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.Count("getUpdates") >= 2));
        await using var b = await TelegramTestBot.StartAsync(TelegramTestBot.Settings(_temp.Combine("b"), _fake));

        Assert.True(await Eventually.WaitUntilAsync(async () => await UnhealthyAsync(a) || await UnhealthyAsync(b)));
        var (stopped, running) = await UnhealthyAsync(a) ? (a, b) : (b, a);
        Assert.False(await UnhealthyAsync(running));
        Assert.Contains(stopped.Logs.Entries, l => l.Level == LogLevel.Critical && l.Text.Contains("another process is polling with this bot token", StringComparison.Ordinal));
        Assert.True(_fake.Count("getUpdates", 409) >= 1);

        var before = _fake.BotMessages(Chat).Count;
        _fake.PushMessage(Chat, Chat, "/help");
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count == before + 1));
    }

    [Fact]
    public async Task Poll_RateLimited_WaitsTheAskedRetryAfterInsteadOfTheBackoffAndPollsAgain()
    {
        await using var bot = await TelegramTestBot.StartAsync(TelegramTestBot.Settings(_temp.Combine("data"), _fake));
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.Count("getUpdates") >= 1));

        _fake.RateLimitPolls(times: 1, retryAfter: 2);

        // PollErrorDelay is 0.2 s here: a back-off would say so; the wait Telegram asked for is taken as it is.
        Assert.True(await Eventually.WaitUntilAsync(() => bot.Logs.Entries.Any(l => l.Text.Contains("getUpdates failed", StringComparison.Ordinal))));
        Assert.Contains(bot.Logs.Entries, l => l.Text.Contains("retrying in 00:00:02:", StringComparison.Ordinal));
        var polls = _fake.Count("getUpdates");
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.Count("getUpdates") > polls));
    }

    [Fact]
    public async Task TokenRevoked_WhilePolling_StopsLoudlyAndHealthzAnswers503()
    {
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), _fake);
        settings["Airspace:Http:Urls"] = "http://127.0.0.1:0";
        await using var bot = await TelegramTestBot.StartAsync(settings);
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.Count("getUpdates") >= 1));

        _fake.RevokeToken();

        Assert.True(await Eventually.WaitUntilAsync(() => UnhealthyAsync(bot)));
        Assert.Contains(bot.Logs.Entries, l => l.Level == LogLevel.Critical && l.Text.Contains("refused Airspace:Telegram:Token", StringComparison.Ordinal));
        var address = bot.Get<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(new Uri(address), "/healthz"));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var polls = _fake.Count("getUpdates");
        await Task.Delay(300);
        Assert.Equal(polls, _fake.Count("getUpdates"));
    }

    private static async Task<bool> UnhealthyAsync(TelegramTestBot bot) =>
        (await bot.Get<HealthCheckService>().CheckHealthAsync()).Status == HealthStatus.Unhealthy;
}
