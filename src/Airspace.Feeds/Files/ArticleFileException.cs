namespace Airspace.Feeds.Files;

/// <summary>An article file could not be read or understood; <see cref="Reason"/> says why in one line.</summary>
public sealed class ArticleFileException(string path, string reason, Exception? inner = null)
    : Exception($"{DisplayName(path)}: {reason}", inner)
{
    /// <summary>The path as the caller gave it.</summary>
    public string FilePath { get; } = path;

    /// <summary>What is wrong, without the file name ("file is empty").</summary>
    public string Reason { get; } = reason;

    private static string DisplayName(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return string.IsNullOrEmpty(name) ? path : name;
    }
}
