using System.Globalization;
using System.Text;
using Airspace.Feeds.Tests.Support;
using Xunit.Abstractions;

namespace Airspace.Feeds.Tests.Polling;

/// <summary>
/// What following a source costs with conditional GET: an hour at a 5-minute interval is 12 polls, measured against
/// the loopback site when nothing changes (one 200, eleven 304s) and written to polling-cost.txt beside the tests.
/// </summary>
public sealed class PollingCostTests(ITestOutputHelper output)
{
    private const int PollsPerHour = 12;

    [Fact]
    public async Task PollAsync_AnHourOfPollsWithoutChanges_IsOneFullFetchAndConditional304s()
    {
        var now = DateTimeOffset.UtcNow;
        await using var site = await FakeWordPressSite.StartAsync([.. Enumerable.Range(1, 10).Select(i => FakePost.Create(i, now.AddHours(-i)))]);
        using var temp = new TempDirectory();
        await using var bot = FeedPipeline.Create(temp.Path);
        var report = new StringBuilder();

        foreach (var (label, source, prefix) in new[]
        {
            ("RSS feed (/feed/, Last-Modified)", TestSources.Feed(site.FeedUrl), "/feed/"),
            ("WordPress API (posts?_embed, ETag)", TestSources.WordPress(site.Root), "/wp-json/"),
        })
        {
            for (var poll = 0; poll < PollsPerHour; poll++)
            {
                await bot.Poller.PollAsync(source, CancellationToken.None);
            }

            var exchanges = site.Server.Exchanges.Where(e => e.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            Assert.Equal(PollsPerHour, exchanges.Count);
            Assert.Equal(PollsPerHour - 1, exchanges.Count(e => e.Status == 304));
            Assert.All(exchanges.Where(e => e.Status == 304), e => Assert.Equal(0, e.BodyBytes));
            var full = exchanges.First(e => e.Status == 200);
            var notModified = exchanges.First(e => e.Status == 304);
            var total = exchanges.Sum(e => e.BodyBytes + e.HeaderBytes);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{label}: {exchanges.Count} requests/hour; 200 = {full.BodyBytes + full.HeaderBytes} bytes ({full.BodyBytes} body), " +
                $"304 = {notModified.HeaderBytes} bytes; total {total} bytes/hour (vs {PollsPerHour * (full.BodyBytes + full.HeaderBytes)} without conditional GET)");
        }

        var pages = site.Server.Exchanges.Count(e => !e.Path.StartsWith("/feed/", StringComparison.Ordinal) && !e.Path.StartsWith("/wp-json/", StringComparison.Ordinal));
        report.AppendLine(CultureInfo.InvariantCulture, $"Full-text page fetches (RSS excerpts, first poll only): {pages}");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "polling-cost.txt"), report.ToString());
        output.WriteLine(report.ToString());
    }
}
