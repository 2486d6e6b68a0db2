namespace Airspace.Host.Configuration;

/// <summary>
/// Proves the data folder usable before anything opens the store or the index, so a bad <c>--data</c> (a file, a
/// folder this user cannot write — typical of a root-owned bind mount in a container) is one sentence, not a trace.
/// </summary>
public static class DataFolder
{
    /// <summary>Creates <paramref name="path"/> when missing and writes a probe file; throws <see cref="DataFolderException"/>.</summary>
    public static string Ensure(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw Unusable(full, "it is a file, not a folder");
        }

        if (FileAncestor(full) is { } file)
        {
            throw Unusable(full, $"{file} is a file, not a folder");
        }

        var probe = Path.Combine(full, $".airspace-write-check-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(full);
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (UnauthorizedAccessException)
        {
            throw Unusable(full, "this user may not write there (permission denied; in a container, give the volume to the user the bot runs as)");
        }
        catch (IOException ex)
        {
            throw Unusable(full, ex.Message.TrimEnd('.', ' '));
        }

        return full;
    }

    /// <summary>The nearest existing ancestor of <paramref name="path"/> when it is a regular file.</summary>
    private static string? FileAncestor(string path)
    {
        for (var parent = Path.GetDirectoryName(path); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return parent;
            }

            if (Directory.Exists(parent))
            {
                return null;
            }
        }

        return null;
    }

    private static DataFolderException Unusable(string path, string reason) =>
        new($"Cannot use {path} as the data folder: {reason}; point --data (or Airspace:DataDirectory) at a folder this user can write to.");
}
