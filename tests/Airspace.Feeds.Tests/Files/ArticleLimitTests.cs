using System.Text;
using Airspace.Feeds.Files;

namespace Airspace.Feeds.Tests.Files;

/// <summary>Limits are per article, not per file: a long article is cut, a big HTML page refused, a big JSONL read whole.</summary>
public sealed class ArticleLimitTests : ReaderFixture
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public async Task ReadEntriesAsync_TextOverOneMiB_CutAtAParagraphWithANotice()
    {
        var paragraph = new string('x', 999) + "\n";
        var path = Temp.Write("long.txt", string.Concat(Enumerable.Repeat(paragraph, 3 * 1024)));

        var entry = Assert.Single(await EntriesAsync(path));

        Assert.True(entry.Draft!.Text.Length <= MiB, $"{entry.Draft.Text.Length} characters");
        Assert.True(entry.Draft.Text.Length > MiB - 1000);
        Assert.EndsWith(new string('x', 999), entry.Draft.Text);
        Assert.Equal(0, (entry.Draft.Text.Length + 1) % 1000);
        Assert.Contains("cut at", entry.Notice);
    }

    [Fact]
    public async Task ReadEntriesAsync_TextUnderTheLimit_NoNotice()
    {
        var entry = Assert.Single(await EntriesAsync(Temp.Write("short.txt", "A short article.\nTwo lines.")));

        Assert.Null(entry.Notice);
        Assert.Equal("A short article.\nTwo lines.", entry.Draft!.Text);
    }

    [Fact]
    public async Task ReadAsync_HtmlOverFiveMiB_Refused()
    {
        var body = new StringBuilder("<html><body><article>");
        while (body.Length <= 5 * MiB)
        {
            body.Append("<p>Another paragraph of a very long saved page.</p>\n");
        }

        var path = Temp.Write("huge.html", body.Append("</article></body></html>").ToString());

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(path));

        Assert.StartsWith("file is too large", error.Reason);
        Assert.Contains("HTML", error.Reason);
    }

    [Fact]
    public async Task ReadEntriesAsync_JsonLinesLargerThanTheFileLimit_EveryLineRead()
    {
        var reader = new ArticleFileReader(new ArticleFileReaderOptions { MaxBytes = 1000 });
        var lines = Enumerable.Range(1, 200).Select(i => $"{{\"id\": \"a{i}\", \"text\": \"Article number {i} says something new.\"}}");
        var path = Temp.Write("many.jsonl", string.Join('\n', lines));
        Assert.True(new FileInfo(path).Length > 10_000);

        var drafts = await reader.ReadAsync(path, CancellationToken.None);

        Assert.Equal(200, drafts.Count);
        Assert.Equal("a200", drafts[^1].ExternalId);
    }

    [Fact]
    public async Task ReadEntriesAsync_OneBadJsonLine_OnlyThatArticleRefused()
    {
        var path = Temp.Write("mixed.jsonl", "{\"text\": \"one\"}\n{\"text\": oops}\n{\"text\": \"three\"}\n");

        var entries = await EntriesAsync(path);

        Assert.Equal(["one", null, "three"], entries.Select(e => e.Draft?.Text));
        Assert.StartsWith("line 2: invalid JSON", entries[1].Error);
    }

    private async Task<List<ArticleFileEntry>> EntriesAsync(string path)
    {
        var entries = new List<ArticleFileEntry>();
        await foreach (var entry in Reader.ReadEntriesAsync(path, followLink: false, CancellationToken.None))
        {
            entries.Add(entry);
        }

        return entries;
    }
}
