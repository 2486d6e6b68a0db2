using System.Diagnostics;
using Airspace.Core.Articles;
using Airspace.Feeds.Files;
using Airspace.Feeds.Inbox;
using Airspace.Feeds.Tests.Support;

namespace Airspace.Feeds.Tests.Inbox;

/// <summary>
/// Whoever can write to the inbox must not make the bot read what they cannot (links), nor stall it (FIFOs).
/// Linux only: these are the deployment's file types (the Docker image), and the tests create them with ln/mkfifo.
/// </summary>
public sealed class InboxEntryTests : IAsyncDisposable
{
    private const string Story = "Parliament met today to discuss the new budget for the coming year.\nThe vote is expected next week.";

    private readonly TempDirectory _data = new();
    private readonly TempDirectory _outside = new();
    private readonly FeedPipeline _pipeline;

    public InboxEntryTests()
    {
        _pipeline = FeedPipeline.Create(_data.Path, new Dictionary<string, string?> { ["Airspace:Inbox:SettleTime"] = "00:00:00" });
        Directory.CreateDirectory(Inbox);
    }

    private string Inbox => Path.Combine(_data.Path, "inbox");

    [Fact]
    public async Task ScanOnceAsync_SymlinkToFileOutsideTheInbox_RefusedAndItsContentNeverStored()
    {
        var secret = _outside.Write("token.txt", "TOP-SECRET-TOKEN-4711 is the bot token.");
        File.CreateSymbolicLink(Path.Combine(Inbox, "leak.txt"), secret);

        await ScanAsync();

        Assert.Equal(0, await _pipeline.Get<IArticleStore>().CountAsync(CancellationToken.None));
        Assert.Contains("symbolic link", await File.ReadAllTextAsync(Path.Combine(Inbox, "failed", "leak.txt.error.txt")));
        Assert.NotNull(new FileInfo(Path.Combine(Inbox, "failed", "leak.txt")).LinkTarget);
        Assert.Equal("TOP-SECRET-TOKEN-4711 is the bot token.", await File.ReadAllTextAsync(secret));
    }

    [Fact]
    public async Task ScanOnceAsync_FifoBeforeANormalFile_FifoRefusedAndTheFileImported()
    {
        Run("mkfifo", Path.Combine(Inbox, "a-pipe.txt"));
        File.WriteAllText(Path.Combine(Inbox, "b-story.txt"), Story);

        // Bounded so that a blocking open fails this test instead of hanging the run.
        await ScanAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, await _pipeline.Get<IArticleStore>().CountAsync(CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(Inbox, "imported", "b-story.txt")));
        Assert.Contains("named pipe", await File.ReadAllTextAsync(Path.Combine(Inbox, "failed", "a-pipe.txt.error.txt")));
    }

    [Fact]
    public async Task ScanOnceAsync_DanglingSymlink_MovedToFailed()
    {
        File.CreateSymbolicLink(Path.Combine(Inbox, "dangling.txt"), Path.Combine(_outside.Path, "gone.txt"));

        await ScanAsync();

        Assert.Contains("symbolic link", await File.ReadAllTextAsync(Path.Combine(Inbox, "failed", "dangling.txt.error.txt")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Inbox, "*.txt"));
    }

    [Fact]
    public async Task ScanOnceAsync_HardLinkedFile_Refused()
    {
        var original = _outside.Write("private.txt", Story);
        Run("ln", original, Path.Combine(Inbox, "linked.txt"));

        await ScanAsync();

        Assert.Equal(0, await _pipeline.Get<IArticleStore>().CountAsync(CancellationToken.None));
        Assert.Contains("2 hard links", await File.ReadAllTextAsync(Path.Combine(Inbox, "failed", "linked.txt.error.txt")));
    }

    [Fact]
    public async Task ScanOnceAsync_ErrorFileNamePlantedAsALink_TargetNotOverwritten()
    {
        var victim = _outside.Write("victim.txt", "keep me");
        Directory.CreateDirectory(Path.Combine(Inbox, "failed"));
        File.CreateSymbolicLink(Path.Combine(Inbox, "failed", "empty.txt.error.txt"), victim);
        File.WriteAllText(Path.Combine(Inbox, "empty.txt"), "");

        await ScanAsync();

        Assert.Equal("keep me", await File.ReadAllTextAsync(victim));
        Assert.Contains("empty", await File.ReadAllTextAsync(Path.Combine(Inbox, "failed", "empty.txt.error.txt")));
    }

    [Fact]
    public async Task ImportAsync_LinkNamedByTheOperator_IsFollowed()
    {
        var target = _outside.Write("story.txt", Story);
        var link = Path.Combine(_data.Path, "named.txt");
        File.CreateSymbolicLink(link, target);

        var result = await _pipeline.Get<ArticleFileImporter>().ImportAsync(link, adjust: null, CancellationToken.None, followLink: true);

        Assert.Null(result.FileError);
        Assert.Single(result.Stored);
    }

    [Fact]
    public async Task ImportAsync_LinkFoundWalkingAFolder_Refused()
    {
        var folder = Path.Combine(_data.Path, "walk");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "linked.txt"), _outside.Write("secret.txt", "A secret line of text."));
        File.CreateSymbolicLink(Path.Combine(folder, "linked-dir"), _outside.Path);

        var files = ArticleFolder.Files(folder).ToList();
        var result = await _pipeline.Get<ArticleFileImporter>().ImportAsync(Assert.Single(files, f => f.EndsWith(".txt", StringComparison.Ordinal)), adjust: null, CancellationToken.None);

        Assert.DoesNotContain(files, f => f.Contains("secret", StringComparison.Ordinal));
        Assert.Equal(RegularFile.SymlinkReason, result.FileError);
    }

    [Fact]
    public async Task ScanOnceAsync_InboxFolderIsALink_FilesImported()
    {
        var real = Path.Combine(_outside.Path, "real-inbox");
        Directory.CreateDirectory(real);
        Directory.Delete(Inbox);
        Directory.CreateSymbolicLink(Inbox, real);
        File.WriteAllText(Path.Combine(real, "story.txt"), Story);

        await ScanAsync();

        Assert.Equal(1, await _pipeline.Get<IArticleStore>().CountAsync(CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(real, "imported", "story.txt")));
    }

    private Task<int> ScanAsync() => Task.Run(() => _pipeline.Get<InboxWatcher>().ScanOnceAsync(CancellationToken.None));

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        await _pipeline.DisposeAsync();
        _data.Dispose();
        _outside.Dispose();
    }
}
