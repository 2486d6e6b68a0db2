using Airspace.Journeys.Tests.Harness;

namespace Airspace.Journeys.Tests;

/// <summary>Journey 1: a fresh folder, no token, the README's run command; the sample alert on the console; Ctrl+C.</summary>
public sealed class NewcomerJourneyTests : IDisposable
{
    /// <summary>The first words of the bundled Airspace Review sample's title (samples/airspace/*.txt).</summary>
    private const string SampleAlert = "✈ ";

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Run_FreshFolderWithoutToken_ShowsTheSampleAlertOnStdoutAndExitsCleanlyOnCtrlC()
    {
        using var bot = new JourneyBot(_temp.Path);

        // As the README says: no settings at all, a data folder that does not exist yet.
        var run = bot.Start();
        Assert.True(await Eventually.WaitUntilAsync(() => run.Stdout.Contains(SampleAlert, StringComparison.Ordinal), TimeSpan.FromSeconds(90)), bot.Output);
        var exit = await bot.InterruptAsync();

        Assert.Equal(0, exit);
        Assert.Equal(1, Eventually.Count(run.Stdout, SampleAlert));
        Assert.True(Directory.Exists(bot.DataDirectory));
        var result = new CliResult(exit, run.Stdout, run.Stderr);
        Assert.True(result.StackFrames.Count == 0, result.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
