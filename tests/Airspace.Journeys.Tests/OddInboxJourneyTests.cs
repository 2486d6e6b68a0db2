using System.Diagnostics;
using Airspace.Journeys.Tests.Harness;

namespace Airspace.Journeys.Tests;

/// <summary>
/// Journey 6: odd things land in the inbox — a symlink to a file outside it, a FIFO, an empty file, a binary file, a
/// JSONL with bad lines — and then a normal article. The normal article is posted (to the console channel); the
/// symlinked file's contents are never stored, indexed or posted.
/// </summary>
public sealed class OddInboxJourneyTests : IDisposable
{
    private const string Secret = "Zqxjvwpterahasia";
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Run_OddFilesThenANormalArticle_PostsTheArticleAndNeverReadsOutsideTheInbox()
    {
        using var bot = new JourneyBot(_temp.Path).WithFastLoops();
        var subscribed = await bot.RunAsync("subscriptions", "add", "console");
        Assert.True(subscribed.ExitCode == 0, subscribed.ToString());
        var outside = _temp.Combine("outside");
        Directory.CreateDirectory(outside);
        var secretFile = Path.Combine(outside, "secret.md");
        await File.WriteAllTextAsync(secretFile, JourneyArticles.Markdown("OS", 1).Replace("pesawat latih", Secret + " pesawat latih", StringComparison.Ordinal));

        var run = bot.Start();
        Directory.CreateDirectory(bot.Inbox);
        File.CreateSymbolicLink(Path.Combine(bot.Inbox, "outside.md"), secretFile);
        await MakeFifoAsync(Path.Combine(bot.Inbox, "pipe.md"));
        await File.WriteAllBytesAsync(Path.Combine(bot.Inbox, "empty.md"), []);
        var binary = new byte[4096];
        new Random(6).NextBytes(binary);
        await File.WriteAllBytesAsync(Path.Combine(bot.Inbox, "binary.json"), binary);
        await File.WriteAllTextAsync(Path.Combine(bot.Inbox, "mixed.jsonl"), string.Join('\n',
            "{\"title\": \"broken",
            "not json at all",
            "{\"title\": \"Kabar udara OJ0001X lengkap\", \"url\": \"https://example.com/journeys/oj1/\", \"published\": \"2025-01-02T08:00:00+07:00\", \"text\": \"TNI Angkatan Udara menerima pesawat latih baru di Lanud Adisutjipto, Yogyakarta. Pesawat itu diterbangkan dari pabriknya.\"}",
            "[1, 2, 3]",
            ""));
        await bot.DropAsync(JourneyArticles.FileName("OI", 1), JourneyArticles.Markdown("OI", 1));

        Assert.True(await Eventually.WaitUntilAsync(() => run.Stdout.Contains(JourneyArticles.Tag("OI", 1), StringComparison.Ordinal), TimeSpan.FromSeconds(60)), bot.Output);
        Assert.Equal(0, await bot.InterruptAsync());
        var latest = await bot.RunAsync("latest", "-n", "10");
        var search = await bot.RunAsync("search", Secret);

        Assert.DoesNotContain(JourneyArticles.Tag("OS", 1), run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(JourneyArticles.Tag("OS", 1), latest.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(JourneyArticles.Tag("OS", 1), search.Stdout, StringComparison.Ordinal);
        Assert.Contains(JourneyArticles.Tag("OI", 1), latest.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(secretFile), "The file outside the inbox was moved or deleted.");

        // The JSONL's good line was stored; the file sits in imported/ with its bad lines listed by number beside it.
        Assert.Contains("Kabar udara OJ0001X lengkap", latest.Stdout, StringComparison.Ordinal);
        var report = await File.ReadAllLinesAsync(Path.Combine(bot.Inbox, "imported", "mixed.jsonl.error.txt"));
        Assert.Equal(["line 1", "line 2", "line 4"], report.Select(l => l[(l.IndexOf("mixed.jsonl: ", StringComparison.Ordinal) + 13)..][..6]));
    }

    private static async Task MakeFifoAsync(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    public void Dispose() => _temp.Dispose();
}
