namespace Airspace.Feeds.Files;

public sealed class ArticleFileReaderOptions
{
    /// <summary>Files larger than this are refused before they are read.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Source name for articles whose file does not name one.</summary>
    public string DefaultSource { get; set; } = "file";
}
