using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Running;

/// <summary>The real executable with its embedded defaults (bundled samples beside it), as a user starts it.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Run_DefaultSamples_PostsSeedSummaryAndStopsCleanlyOnCtrlC()
    {
        using var bot = RunningBot.Start(_temp.Path, _temp.Combine("data"));

        Assert.True(await Eventually.WaitUntilAsync(() => bot.Stdout.Contains("✈ " + Samples.SeedTitleStart, StringComparison.Ordinal), TimeSpan.FromSeconds(60)), bot.Stdout);
        Assert.Equal(0, await bot.InterruptAsync());
        Assert.Equal(1, Eventually.Count(bot.Stdout, "✈ "));
    }

    [Fact]
    public async Task Run_KilledAfterPostingThenRestarted_DoesNotPostAgain()
    {
        var data = _temp.Combine("data");
        using (var first = RunningBot.Start(_temp.Path, data))
        {
            Assert.True(await Eventually.WaitUntilAsync(() => first.Stdout.Contains("✈ ", StringComparison.Ordinal), TimeSpan.FromSeconds(60)));
            await Task.Delay(500);
            first.Process.Kill(entireProcessTree: true);
            await first.Process.WaitForExitAsync();
        }

        var heartbeat = Path.Combine(data, "heartbeat");
        var killedAt = File.GetLastWriteTimeUtc(heartbeat);
        using var second = RunningBot.Start(_temp.Path, data);
        Assert.True(await Eventually.WaitUntilAsync(() => File.GetLastWriteTimeUtc(heartbeat) > killedAt, TimeSpan.FromSeconds(60)));
        // Give the publisher and dispatcher several poll cycles; there must be nothing to send.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(0, await second.InterruptAsync());
        Assert.DoesNotContain("✈ ", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CtrlCWhileStillStarting_ExitsZero()
    {
        var data = _temp.Combine("data");
        using var bot = RunningBot.Start(_temp.Path, data);

        // The lock is taken once the command line handles signals, and before seeding and the index build start.
        Assert.True(await Eventually.WaitUntilAsync(() => File.Exists(Path.Combine(data, "airspace.lock")), TimeSpan.FromSeconds(60)));

        Assert.Equal(0, await bot.InterruptAsync());
    }

    public void Dispose() => _temp.Dispose();
}
