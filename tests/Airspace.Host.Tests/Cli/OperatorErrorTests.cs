using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

/// <summary>What a new operator meets when something is set up wrong: one sentence naming what to fix, the right exit code, no trace.</summary>
public sealed class OperatorErrorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[]> Verbs() => new()
    {
        new[] { "run" },
        new[] { "latest" },
        new[] { "search", "Su-57" },
        new[] { "import", Samples.SeedArticle },
        new[] { "subscriptions", "list" },
        new[] { "sources", "list" },
        new[] { "deliveries", "failed" },
        new[] { "index", "rebuild" },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task AnyVerb_DataIsAFile_OneSentenceNamingTheFolderAndExit2(string[] verb)
    {
        var file = _temp.Combine("not-a-folder");
        await File.WriteAllTextAsync(file, "x");

        var result = await Support.Cli.RunAsync(_temp.Path, [.. verb, "--data", file]);

        Assert.Equal(2, result.ExitCode);
        AssertOneSentence(result.Stderr, file);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task AnyVerb_DataFolderCannotBeCreated_OneSentenceNamingTheFolderAndExit2(string[] verb)
    {
        // Root ignores permission bits, so "cannot create or write" is made with a parent that is a regular file.
        var file = _temp.Combine("a-file");
        await File.WriteAllTextAsync(file, "x");
        var data = Path.Combine(file, "data");

        var result = await Support.Cli.RunAsync(_temp.Path, [.. verb, "--data", data]);

        Assert.Equal(2, result.ExitCode);
        AssertOneSentence(result.Stderr, data);
        Assert.Contains(file + " is a file", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Airspace__Inbox__RescanInterval", "5 minutes", "Airspace:Inbox:RescanInterval", "00:05:00")]
    [InlineData("Airspace__Telegram__Mode", "Websocket", "Airspace:Telegram:Mode", "Polling, Webhook")]
    [InlineData("Airspace__Dispatcher__MaxAttempts", "many", "Airspace:Dispatcher:MaxAttempts", "whole number")]
    public async Task Latest_BadlyTypedSetting_SaysTheKeyAndTheExpectedForm(string variable, string value, string key, string expected)
    {
        var environment = new[] { (variable, value), ("Airspace__Telegram__Token", "123:abc") };

        var result = await Support.Cli.RunAsync(_temp.Path, environment, "latest", "--data", _temp.Combine("data"));

        Assert.Equal(2, result.ExitCode);
        AssertOneSentence(result.Stderr, key);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("to type '", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5m")]
    [InlineData("1h30m")]
    [InlineData("00:00:30")]
    public async Task Latest_DurationInShortOrLongForm_IsAccepted(string value)
    {
        var environment = new[] { ("Airspace__Inbox__RescanInterval", value), ("Airspace__Storage__BusyTimeout", value) };

        var result = await Support.Cli.RunAsync(_temp.Path, environment, "latest", "--data", _temp.Combine("data"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task SourcesAdd_IntervalInShortForm_IsStored()
    {
        var data = _temp.Combine("data");

        var add = await Support.Cli.RunAsync(_temp.Path, "sources", "add", "review", "https://example.com/feed", "--interval", "1h30m", "--no-check", "--data", data);
        var bad = await Support.Cli.RunAsync(_temp.Path, "sources", "add", "other", "https://example.com/other", "--interval", "90 minutes", "--no-check", "--data", data);
        var list = await Support.Cli.RunAsync(_temp.Path, "sources", "list", "--data", data);

        Assert.Equal(0, add.ExitCode);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("00:05:00, 5m, 30s, 2h or 1h30m", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("every 90 min", list.Stdout, StringComparison.Ordinal);
    }

    private static void AssertOneSentence(string stderr, string named)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, stderr);
        Assert.Contains(named, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.EndsWith(".", lines[0], StringComparison.Ordinal);
    }
}
