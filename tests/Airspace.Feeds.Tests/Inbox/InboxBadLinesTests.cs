using Airspace.Core.Articles;
using Airspace.Feeds.Inbox;
using Airspace.Feeds.Tests.Support;

namespace Airspace.Feeds.Tests.Inbox;

/// <summary>A JSON Lines file with some bad lines, dropped into a real inbox folder: the good lines are stored, the bad ones listed by number.</summary>
public sealed class InboxBadLinesTests : IAsyncDisposable
{
    private const string Good1 = """{"id": "good-1", "title": "Hercules C-130J tiba", "text": "Pesawat angkut C-130J Super Hercules tiba di Lanud Halim. Pesawat itu akan memperkuat Skadron Udara 31."}""";
    private const string Good2 = """{"id": "good-2", "title": "Kapal selam baru tiba", "text": "Kapal selam baru TNI AL tiba di Surabaya pagi ini. Kapal itu dibangun di Korea Selatan."}""";
    private const string OnlyLinks = """{"id": "only-links", "title": "Tautan", "text": "Baca juga: Berita lain yang menarik"}""";

    private readonly TempDirectory _data = new();
    private readonly FeedPipeline _pipeline;

    public InboxBadLinesTests()
    {
        _pipeline = FeedPipeline.Create(_data.Path, new Dictionary<string, string?> { ["Airspace:Inbox:SettleTime"] = "00:00:00" });
        Directory.CreateDirectory(Inbox);
    }

    private string Inbox => Path.Combine(_data.Path, "inbox");

    [Fact]
    public async Task ScanOnceAsync_JsonLinesWithSomeBadLines_ImportsTheFileAndListsEachBadLineBesideIt()
    {
        await File.WriteAllLinesAsync(Path.Combine(Inbox, "batch.jsonl"), [Good1, "{\"title\": \"broken", "[1]", Good2, OnlyLinks]);

        await ScanAsync();

        Assert.Equal(2, await _pipeline.Get<IArticleStore>().CountAsync(CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(Inbox, InboxImporter.ImportedFolder, "batch.jsonl")));
        Assert.False(Directory.Exists(Path.Combine(Inbox, InboxImporter.FailedFolder)));
        var report = await File.ReadAllLinesAsync(Path.Combine(Inbox, InboxImporter.ImportedFolder, "batch.jsonl.error.txt"));
        Assert.Equal(3, report.Length);
        Assert.Contains(" batch.jsonl: line 2: invalid JSON", report[0], StringComparison.Ordinal);
        Assert.Contains(" batch.jsonl: line 3: expected a JSON object", report[1], StringComparison.Ordinal);
        Assert.Contains(" batch.jsonl: line 5 (id \"only-links\"): ", report[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanOnceAsync_JsonLinesWithNoGoodLine_GoesToFailedListingEachLine()
    {
        await File.WriteAllLinesAsync(Path.Combine(Inbox, "junk.jsonl"), ["{\"title\": \"broken", "[1]"]);

        await ScanAsync();

        Assert.Equal(0, await _pipeline.Get<IArticleStore>().CountAsync(CancellationToken.None));
        var report = await File.ReadAllLinesAsync(Path.Combine(Inbox, InboxImporter.FailedFolder, "junk.jsonl.error.txt"));
        Assert.Equal(2, report.Length);
        Assert.Contains(" junk.jsonl: line 1: invalid JSON", report[0], StringComparison.Ordinal);
        Assert.Contains(" junk.jsonl: line 2: expected a JSON object", report[1], StringComparison.Ordinal);
    }

    private Task<int> ScanAsync() => Task.Run(() => _pipeline.Get<InboxWatcher>().ScanOnceAsync(CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await _pipeline.DisposeAsync();
        _data.Dispose();
    }
}
