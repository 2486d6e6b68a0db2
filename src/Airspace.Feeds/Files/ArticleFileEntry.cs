using Airspace.Core.Articles;

namespace Airspace.Feeds.Files;

/// <summary>One article of a file as read: a draft, or why this article (not the whole file) was refused.</summary>
public sealed record ArticleFileEntry
{
    public ArticleDraft? Draft { get; init; }

    /// <summary>Why this article was refused, as "which: why" (e.g. "line 7: invalid JSON …"); null when it was read.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// Which article of the file the report means when the store refuses it ("line 7 (id \"x\")" in JSON Lines); null
    /// when the file's name says enough.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>Something the import report should say about this article (e.g. its text was cut).</summary>
    public string? Notice { get; init; }
}
