namespace Airspace.Feeds.Inbox;

/// <summary>Imports one inbox file and moves it aside: to <c>imported/</c> when done, to <c>failed/</c> with a reason file otherwise.</summary>
public sealed class InboxImporter(ArticleFileImporter importer, TimeProvider time, ILogger<InboxImporter> logger)
{
    public const string ImportedFolder = "imported";
    public const string FailedFolder = "failed";

    /// <summary>Imports <paramref name="path"/>; returns false when the file was moved to failed/.</summary>
    /// <exception cref="IOException">The file is busy (still being written or locked); it stays for the next scan.</exception>
    public async Task<bool> ImportAsync(string path, CancellationToken ct)
    {
        var inbox = Path.GetDirectoryName(path)!;
        var result = await importer.ImportAsync(path, adjust: null, ct).ConfigureAwait(false);
        if (result.FileBusy)
        {
            throw new IOException(result.FileError);
        }

        foreach (var notice in result.Notices)
        {
            FeedsLog.InboxFileNotice(logger, Path.GetFileName(path), notice);
        }

        var refused = result.Refused;
        var count = result.Stored.Count;
        var error = result.FileError ?? (count == 0 && refused.Count > 0 ? string.Join("; ", refused.Distinct()) : null);
        if (error is null)
        {
            var imported = Move(path, Path.Combine(inbox, ImportedFolder));
            FeedsLog.InboxFileImported(logger, Path.GetFileName(path), count);
            if (refused.Count > 0)
            {
                // Part of the file was refused: say which (each bad line by its number), beside the imported file, so
                // nothing is skipped silently.
                await WriteReasonAsync(imported + ".error.txt", Stamped(path, result), ct).ConfigureAwait(false);
                FeedsLog.InboxFileFailed(logger, Path.GetFileName(path), $"{refused.Count} of its articles were refused; see {Path.GetFileName(imported)}.error.txt");
            }

            return true;
        }

        var target = Move(path, Path.Combine(inbox, FailedFolder));
        await WriteReasonAsync(target + ".error.txt", Stamped(path, result), ct).ConfigureAwait(false);
        FeedsLog.InboxFileFailed(logger, Path.GetFileName(path), error);
        return false;
    }

    private IEnumerable<string> Stamped(string path, FileImportResult result) => ImportReport.Problems(path, result).Select(Stamp);

    private string Stamp(string problem) => $"{time.GetUtcNow():O} {problem}";

    /// <summary>Moves without overwriting: a second file of the same name gets a numbered name.</summary>
    private static string Move(string path, string folder)
    {
        EnsureFolder(folder);
        var name = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        var target = Path.Combine(folder, name + extension);
        for (var i = 2; File.Exists(target); i++)
        {
            target = Path.Combine(folder, $"{name}.{i}{extension}");
        }

        File.Move(path, target);
        return target;
    }

    /// <summary>
    /// The inbox's writers may plant links: a link named imported/ or failed/ is removed (never followed) and a real
    /// folder made, so files are never moved to where a link points.
    /// </summary>
    private static void EnsureFolder(string folder)
    {
        if (new DirectoryInfo(folder).LinkTarget is not null || new FileInfo(folder).LinkTarget is not null)
        {
            File.Delete(folder);
        }

        Directory.CreateDirectory(folder);
    }

    /// <summary>
    /// Writes a reason file without following a link planted under its name: the text goes to a new file (create-new
    /// fails on any existing entry), which is then renamed over the name, and rename replaces a link rather than
    /// writing through it. A reader never sees the file half-written.
    /// </summary>
    private static async Task WriteReasonAsync(string path, IEnumerable<string> lines, CancellationToken ct)
    {
        var draft = $"{path}.{Guid.NewGuid():N}.tmp";
        var stream = new FileStream(draft, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await using (stream.ConfigureAwait(false))
        {
            var writer = new StreamWriter(stream);
            await using (writer.ConfigureAwait(false))
            {
                foreach (var line in lines)
                {
                    await writer.WriteLineAsync(line.AsMemory(), ct).ConfigureAwait(false);
                }
            }
        }

        File.Move(draft, path, overwrite: true);
    }
}
