using System.Globalization;
using Airspace.Journeys.Tests.Harness;

namespace Airspace.Journeys.Tests;

/// <summary>
/// The operator's first minutes beside a running bot (issue 9, findings 2 and 5): exactly one bot owns a data folder,
/// and a subscription to a platform that is not configured is not accepted silently.
/// </summary>
public sealed class OwnerJourneyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Run_SecondBotOnTheSameFolder_RefusesInOneSentenceNamingTheFolderAndTheOwner()
    {
        using var first = new JourneyBot(_temp.Path).WithFastLoops();
        using var second = new JourneyBot(_temp.Path).WithFastLoops();
        var owner = first.Start();
        Assert.True(await Eventually.WaitUntilAsync(() => File.Exists(Path.Combine(first.DataDirectory, "heartbeat")), TimeSpan.FromSeconds(60)), first.Output);

        var refused = await second.RunAsync(TimeSpan.FromSeconds(60), "run");

        Assert.True(refused.ExitCode is not (0 or JourneyBot.StillRunning), refused.ToString());
        Assert.True(refused.StackFrames.Count == 0, refused.ToString());
        Assert.Contains(first.DataDirectory, refused.Stderr, StringComparison.Ordinal);
        Assert.Contains(owner.Process.Id.ToString(CultureInfo.InvariantCulture), refused.Stderr, StringComparison.Ordinal);
        Assert.False(owner.Process.HasExited, "The first bot stopped.");
        Assert.Equal(0, await first.InterruptAsync());
    }

    [Fact]
    public async Task SubscriptionsAdd_PlatformNotConfigured_WarnsNamingTheSettingToSet()
    {
        using var bot = new JourneyBot(_temp.Path).WithFastLoops();

        var added = await bot.RunAsync("subscriptions", "add", "telegram:-1009700000001");

        Assert.True(added.ExitCode == 0, added.ToString());
        var said = added.Stdout + added.Stderr;
        Assert.True(said.Contains("Airspace:Telegram:Token", StringComparison.Ordinal) || said.Contains("Airspace__Telegram__Token", StringComparison.Ordinal), added.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
