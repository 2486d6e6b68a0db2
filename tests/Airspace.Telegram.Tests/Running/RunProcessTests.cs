using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Running;

/// <summary><c>airspace run</c> as a self-hoster starts it: token and base URL from the environment only.</summary>
public sealed class RunProcessTests : IAsyncLifetime
{
    private const long Chat = 9401;
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
    public async Task Run_TokenAndBaseUrlFromEnvironment_AnswersCommandsAndStopsOnCtrlC()
    {
        using var bot = new AirspaceProcess(_temp.Path, Environment(_fake.Token), "run", "--data", _temp.Combine("data"));

        Assert.True(await Eventually.WaitUntilAsync(() => _fake.Count("getUpdates") >= 1, TimeSpan.FromSeconds(60)), bot.Stderr);
        _fake.PushMessage(Chat, Chat, "/start");
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count == 1), bot.Stderr);

        Assert.StartsWith("Hello! Airspace posts", _fake.BotMessages(Chat)[0].Text, StringComparison.Ordinal);
        Assert.Contains(await bot.InterruptAsync(), new[] { 0, 130 });
        Assert.DoesNotContain(_fake.Token.Split(':')[1], bot.Stderr + bot.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RefusedToken_ExitsWithOneSentenceAndThePlatformStartupCode()
    {
        var environment = Environment("123456:REVOKED-secret_value");
        environment["Logging__LogLevel__Default"] = "Information";
        using var bot = new AirspaceProcess(_temp.Path, environment, "run", "--data", _temp.Combine("data"));

        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(4, exit);
        Assert.Contains("error: The Telegram Bot API at " + _fake.BaseUrl + " refused Airspace:Telegram:Token (401 Unauthorized); copy the bot token from BotFather again.", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("REVOKED-secret_value", bot.Stderr + bot.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("is running", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed", bot.Stderr, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Environment(string token) => new()
    {
        ["Airspace__Telegram__Token"] = token,
        ["Airspace__Telegram__ApiBaseUrl"] = _fake.BaseUrl,
        ["Airspace__Telegram__PollTimeout"] = "00:00:01",
        ["Airspace__Seed__Enabled"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
