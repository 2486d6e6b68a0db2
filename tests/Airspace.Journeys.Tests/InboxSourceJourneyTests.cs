using Airspace.Journeys.Tests.Harness;

namespace Airspace.Journeys.Tests;

/// <summary>
/// A subscription that follows only the built-in <c>inbox</c> source: an article dropped into the inbox (whatever its
/// file names as its source) is posted to it.
/// </summary>
public sealed class InboxSourceJourneyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Run_ConsoleFollowsInboxOnly_PostsTheDroppedArticle()
    {
        using var bot = new JourneyBot(_temp.Path).WithFastLoops();
        var subscribed = await bot.RunAsync("subscriptions", "add", "console", "--source", "inbox");
        Assert.True(subscribed.ExitCode == 0, subscribed.ToString());
        Assert.Contains("console: all new articles from inbox", subscribed.Stdout, StringComparison.Ordinal);

        var run = bot.Start();
        await bot.DropAsync(JourneyArticles.FileName("IS", 1), JourneyArticles.Markdown("IS", 1));

        Assert.True(await Eventually.WaitUntilAsync(() => run.Stdout.Contains(JourneyArticles.Tag("IS", 1), StringComparison.Ordinal), TimeSpan.FromSeconds(60)), bot.Output);
        Assert.Equal(0, await bot.InterruptAsync());
    }

    public void Dispose() => _temp.Dispose();
}
