using System.Text.RegularExpressions;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

/// <summary>A subscription to a platform this bot has no token for: kept, but the operator is told what to set, and can see what waits.</summary>
public sealed partial class PlatformNotConfiguredTests : IDisposable
{
    private const string Group = "telegram:-1001234567890";
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(Group, "Airspace__Telegram__Token")]
    [InlineData("discord:123456789012345678", "Airspace__Discord__Token")]
    [InlineData("discord-webhook:news", "Airspace__Discord__Webhooks__news")]
    public async Task SubscriptionsAdd_PlatformNotConfigured_AcceptsAndWarnsNamingTheSetting(string address, string setting)
    {
        var result = await Support.Cli.RunAsync(_temp.Path, "subscriptions", "add", address, "--data", Data);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Subscribed", result.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("warning: " + address + " is subscribed", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(setting, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("console")]
    [InlineData(Group)]
    public async Task SubscriptionsAdd_PlatformConfigured_DoesNotWarn(string address)
    {
        var result = await Support.Cli.RunAsync(_temp.Path, [("Airspace__Telegram__Token", "123456:configured")], "subscriptions", "add", address, "--data", Data);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Run_SubscriptionToUnconfiguredPlatform_WarnsAtStartUpAndDeliveriesPendingSaysWhy()
    {
        await Support.Cli.RunAsync(_temp.Path, "subscriptions", "add", Group, "--data", Data);
        var environment = new Dictionary<string, string>
        {
            ["Airspace__Seed__Enabled"] = "false",
            ["Airspace__Http__Urls"] = "http://127.0.0.1:0",
            ["Airspace__Publisher__PollInterval"] = "00:00:00.2",
            ["Airspace__Dispatcher__PollInterval"] = "00:00:00.2",
            ["Airspace__Console__ReadCommands"] = "false",
            ["Logging__LogLevel__Default"] = "Information",
        };
        using var bot = new AirspaceProcess(_temp.Path, environment, "run", "--data", Data);
        Assert.True(await Eventually.WaitUntilAsync(() => bot.Stderr.Contains("is running", StringComparison.Ordinal), TimeSpan.FromSeconds(60)), bot.Stderr);

        await Support.Cli.RunAsync(_temp.Path, "import", Samples.SeedArticle, "--data", Data);
        var pending = new CliResult(-1, "", "");
        Assert.True(await Eventually.WaitUntilAsync(async () =>
        {
            pending = await Support.Cli.RunAsync(_temp.Path, "deliveries", "pending", "--data", Data);
            return pending.Stdout.Contains("not configured", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(60)), pending.Stdout + bot.Stderr);
        await bot.InterruptAsync();

        var stderr = bot.Stderr;
        Assert.Contains($"{Group} is subscribed, but Telegram is not configured here", stderr, StringComparison.Ordinal);
        Assert.Contains("Airspace__Telegram__Token", stderr, StringComparison.Ordinal);
        Assert.Matches(@"Listening on http://127\.0\.0\.1:[1-9][0-9]*", stderr);
        Assert.All(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches(Timestamped(), line));
        Assert.Contains(Group + " (Post, 0 attempts), due ", pending.Stdout, StringComparison.Ordinal);
        Assert.Contains("telegram is not configured in this process (set Airspace__Telegram__Token)", pending.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveriesPending_NothingWaiting_SaysSo()
    {
        var result = await Support.Cli.RunAsync(_temp.Path, "deliveries", "pending", "--data", Data);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No pending deliveries.", result.Stdout.Trim());
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ (info|warn|fail|crit|dbug|trce): ")]
    private static partial Regex Timestamped();
}
