using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Running;

/// <summary>With the embedded store one bot owns a data folder; the one-shot verbs still work beside it.</summary>
public sealed class DataFolderOwnerTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_SecondBotOnTheSameFolder_RefusedInOneSentenceNamingFolderAndPidWhileVerbsStillWork()
    {
        var data = _temp.Combine("data");
        using var bot = RunningBot.Start(_temp.Path, data);
        var owner = Path.Combine(data, "airspace.owner");
        var pid = $"pid {bot.Process.Id}";
        Assert.True(await Eventually.WaitUntilAsync(() => File.Exists(owner) && File.ReadAllText(owner).Contains(pid, StringComparison.Ordinal), TimeSpan.FromSeconds(60)));

        var second = await Support.Cli.RunAsync(_temp.Path, "run", "--data", data);
        var list = await Support.Cli.RunAsync(_temp.Path, "subscriptions", "list", "--data", data);

        Assert.Equal(2, second.ExitCode);
        var sentence = Assert.Single(second.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(Path.GetFullPath(data), sentence, StringComparison.Ordinal);
        Assert.Contains(pid, sentence, StringComparison.Ordinal);
        Assert.Equal(0, list.ExitCode);
        Assert.False(bot.Process.HasExited);
    }

    [Fact]
    public async Task Run_SecondBotWithItsOwnFolderOnTheSameDatabase_RefusedNamingTheDatabaseAndPid()
    {
        var data = _temp.Combine("data");
        using var bot = RunningBot.Start(_temp.Path, data);
        var database = Path.Combine(data, "airspace.db");
        var owner = database + ".owner";
        var pid = $"pid {bot.Process.Id}";
        Assert.True(await Eventually.WaitUntilAsync(() => File.Exists(owner) && File.ReadAllText(owner).Contains(pid, StringComparison.Ordinal), TimeSpan.FromSeconds(60)));

        var second = await Support.Cli.RunAsync(
            _temp.Path, [("Airspace__Storage__DatabasePath", database)], "run", "--data", _temp.Combine("other"));

        Assert.Equal(2, second.ExitCode);
        var sentence = Assert.Single(second.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains($"database '{Path.GetFullPath(database)}'", sentence, StringComparison.Ordinal);
        Assert.Contains(pid, sentence, StringComparison.Ordinal);
        Assert.False(bot.Process.HasExited);
    }
}
