using System.Threading.Channels;

namespace Airspace.Feeds.Inbox;

/// <summary>
/// Watches the inbox folder: file-system events for speed plus a periodic full rescan so nothing is missed
/// (events are lost on overflow, on some network file systems, and while the bot is down).
/// </summary>
public sealed class InboxWatcher(InboxImporter importer, IOptions<InboxOptions> options, TimeProvider time, ILogger<InboxWatcher> logger)
{
    private readonly Channel<string> _wake = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public string FolderPath => Path.GetFullPath(options.Value.Path);

    /// <summary>Imports every settled file now in the inbox; returns how many files were handled.</summary>
    public async Task<int> ScanOnceAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(FolderPath);
        var handled = 0;
        foreach (var path in Directory.EnumerateFiles(FolderPath).Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            if (IsTemporary(path) || !await IsSettledAsync(path, ct).ConfigureAwait(false))
            {
                continue;
            }

            try
            {
                await importer.ImportAsync(path, ct).ConfigureAwait(false);
                handled++;
            }
            catch (IOException ex)
            {
                // Locked or vanished meanwhile: the next scan tries again.
                FeedsLog.InboxFileBusy(logger, Path.GetFileName(path), ex.Message);
            }
        }

        return handled;
    }

    public async Task RunAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(FolderPath);
        using var watcher = new FileSystemWatcher(FolderPath) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        watcher.Created += (_, _) => _wake.Writer.TryWrite("event");
        watcher.Changed += (_, _) => _wake.Writer.TryWrite("event");
        watcher.Renamed += (_, _) => _wake.Writer.TryWrite("event");
        watcher.Error += (_, e) =>
        {
            FeedsLog.InboxWatcherError(logger, e.GetException().Message);
            _wake.Writer.TryWrite("error");
        };

        FeedsLog.InboxWatching(logger, FolderPath);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await ScanOnceAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (StoreUnavailableException.IsIn(ex))
            {
                // Logged once by the store's availability; the file stays in the inbox and the next scan imports it.
                FeedsLog.InboxWaitsForStore(logger, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                FeedsLog.InboxScanFailed(logger, ex);
            }

            await WaitAsync(options.Value.RescanInterval, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Sleeps until a file-system event arrives (then lets the file settle) or the rescan interval passes.</summary>
    private async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await _wake.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
            await Task.Delay(options.Value.SettleTime, time, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }

    private static readonly TimeSpan EmptyFileGrace = TimeSpan.FromSeconds(5);

    private async Task<bool> IsSettledAsync(string path, CancellationToken ct)
    {
        var before = new FileInfo(path);
        if (!before.Exists)
        {
            return false;
        }

        var age = time.GetUtcNow() - before.LastWriteTimeUtc;
        if (before.Length == 0 && age < EmptyFileGrace && RegularFile.IsRegular(path))
        {
            // Copying a file in creates it empty first; on a busy machine the first bytes can come well after the
            // settle time. An empty file is judged (refused as empty) only once it has stayed empty a while; its
            // first write wakes the watcher again.
            return false;
        }

        if (age >= options.Value.SettleTime)
        {
            return true;
        }

        await Task.Delay(options.Value.SettleTime, time, ct).ConfigureAwait(false);
        var after = new FileInfo(path);
        return after.Exists && after.Length == before.Length && after.LastWriteTimeUtc == before.LastWriteTimeUtc;
    }

    /// <summary>Partial downloads and editor temp files are left alone until renamed to their final name.</summary>
    private static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith('~')
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".error.txt", StringComparison.OrdinalIgnoreCase);
    }
}
