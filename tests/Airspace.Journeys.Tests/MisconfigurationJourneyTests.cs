using Airspace.Discord.Tests.Fakes;
using Airspace.Journeys.Tests.Harness;
using Airspace.Telegram.Tests.Fake;

namespace Airspace.Journeys.Tests;

/// <summary>
/// Journey 7: the operator's first mistakes. Each one ends the program with one sentence naming what to fix, the
/// documented exit code (README: 2 invalid configuration, 4 a platform refused to start), and no stack trace.
/// </summary>
public sealed class MisconfigurationJourneyTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Run_DataIsAFile_ExitsWithConfigurationCodeNamingTheFolder()
    {
        var file = _temp.Combine("data.txt");
        await File.WriteAllTextAsync(file, "not a folder");
        using var bot = new JourneyBot(_temp.Path);

        var result = await bot.RunAsync(Bound, "run", "--data", file);

        AssertOneSentence(result, 2, file);
    }

    [Fact]
    public async Task Run_TimeSpanSettingIsNotATime_ExitsWithConfigurationCodeNamingTheKeyAndTheForm()
    {
        using var bot = new JourneyBot(_temp.Path).With("Airspace:Publisher:PollInterval", "abc");

        var result = await bot.RunAsync(Bound, "run");

        AssertOneSentence(result, 2, "Airspace:Publisher:PollInterval");
        Assert.Contains("00:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.TimeSpan", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_TimeSpanSettingInShortForm_IsAccepted()
    {
        using var bot = new JourneyBot(_temp.Path).WithFastLoops().With("Airspace:Publisher:PollInterval", "5s");

        var result = await bot.RunAsync(Bound, "latest");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Run_MisspelledEnum_ExitsWithConfigurationCodeListingTheValidValues()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        using var bot = new JourneyBot(_temp.Path).WithTelegram(telegram).With("Airspace:Telegram:Mode", "Poling");

        var result = await bot.RunAsync(Bound, "run");

        AssertOneSentence(result, 2, "Airspace:Telegram:Mode");
        Assert.Contains("Polling", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Webhook", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Airspace.Telegram.TelegramMode", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadTelegramToken_ExitsWithPlatformCodeInOneSentence()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        const string secret = "WRONG-secret_part";
        using var bot = new JourneyBot(_temp.Path).WithTelegram(telegram).With("Airspace:Telegram:Token", "654321:" + secret);

        var result = await bot.RunAsync(Bound, "run");

        AssertOneSentence(result, 4, "Airspace:Telegram:Token");
        Assert.DoesNotContain(secret, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadDiscordToken_ExitsWithPlatformCodeInOneSentence()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var secret = "MTAwMDAwMDAwMDAwMDAwOTk5" + ".Wrong1." + "not-the-right-signature_0123456789";
        using var bot = new JourneyBot(_temp.Path).WithDiscord(discord).With("Airspace:Discord:Token", secret);

        var result = await bot.RunAsync(Bound, "run");

        AssertOneSentence(result, 4, "Airspace:Discord:Token");
        Assert.DoesNotContain("Hosting failed", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The documented exit code, no stack trace and no exception type, and exactly one line naming <paramref name="what"/>.</summary>
    private static void AssertOneSentence(CliResult result, int exitCode, string what)
    {
        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.True(result.StackFrames.Count == 0, result.ToString());
        Assert.False(result.Stderr.Contains("Exception", StringComparison.Ordinal), result.ToString());
        var naming = result.Stderr.Split('\n').Count(l => l.Contains(what, StringComparison.Ordinal));
        Assert.True(naming == 1, $"{naming} lines name {what}.\n{result}");
    }

    public void Dispose() => _temp.Dispose();
}
