using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Telegram.Tests.Security;

/// <summary>The token is in every request URL; nothing the bot logs or stores may repeat it.</summary>
public sealed class TokenSecrecyTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    private string Secret => _fake.Token.Split(':')[1];

    [Fact]
    public async Task Run_FailuresEverywhere_TokenNeverInLogsOrStoredErrors()
    {
        _fake.AddPrivateChat(9301);
        var settings = Verbose(TelegramTestBot.Settings(_temp.Combine("data"), _fake));
        await using var bot = await TelegramTestBot.StartAsync(settings);
        await bot.Get<ISubscriptionStore>().AddAsync(ChannelAddress.ForTelegram(9301), [], 0, default);
        _fake.FailNext(9301, new FakeApiError(502, "Bad Gateway"), times: 1);
        await bot.Get<Airspace.Core.Ingest.ArticleIngestor>().IngestAsync(TestArticles.Draft(1, "Gripen"), default);
        var deliveries = bot.Get<IDeliveryStore>();
        Assert.True(await Eventually.WaitUntilAsync(async () => (await deliveries.ListAsync(DeliveryStatus.Pending, 10, default)).Any(d => d.LastError is not null)));

        _fake.RevokeToken();
        Assert.True(await Eventually.WaitUntilAsync(async () => (await bot.Get<HealthCheckService>().CheckHealthAsync()).Status == HealthStatus.Unhealthy));

        var stored = string.Join("\n", (await deliveries.ListAsync(DeliveryStatus.Pending, 10, default)).Select(d => d.LastError));
        Assert.Contains("Bad Gateway", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, stored, StringComparison.Ordinal);
        Assert.Contains("refused Airspace:Telegram:Token", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ApiUnreachable_KeepsRetryingWithoutRevealingTheToken()
    {
        var settings = Verbose(TelegramTestBot.Settings(_temp.Combine("data"), _fake));
        settings["Airspace:Telegram:ApiBaseUrl"] = "http://127.0.0.1:1";
        await using var bot = await TelegramTestBot.StartAsync(settings);

        Assert.True(await Eventually.WaitUntilAsync(() => bot.Logs.Entries.Count(l => l.Text.Contains("getMe failed", StringComparison.Ordinal)) >= 2));
        Assert.Equal(HealthStatus.Healthy, (await bot.Get<HealthCheckService>().CheckHealthAsync()).Status);
        Assert.DoesNotContain(Secret, bot.Logs.All, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Verbose(Dictionary<string, string?> settings)
    {
        settings["Logging:LogLevel:Default"] = "Trace";
        settings["Logging:LogLevel:Microsoft"] = "Trace";
        settings["Logging:LogLevel:System"] = "Trace";
        return settings;
    }
}
