namespace Airspace.Feeds.Files;

/// <summary>
/// Limits are per article, not per file: a JSON Lines file of any size is read a line at a time, and every article's
/// text is cut at <see cref="MaxArticleCharacters"/>.
/// </summary>
public sealed class ArticleFileReaderOptions : IValidatedOptions
{
    /// <summary>
    /// A one-document file (.txt, .md, .json) larger than this is refused before it is read; a longer JSON line is
    /// refused as it is read (only this many bytes of it are ever held; the rest is skipped to the line's end).
    /// </summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>An HTML file larger than this is refused: its whole DOM is built in memory.</summary>
    public long MaxHtmlBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>An article's text is cut here (at a paragraph end), with a notice in the import report.</summary>
    public int MaxArticleCharacters { get; set; } = 1024 * 1024;

    /// <summary>Source name for articles whose file does not name one.</summary>
    public string DefaultSource { get; set; } = "file";

    /// <summary>No rule: every value binds to a usable limit.</summary>
    public string? Validate() => null;
}
