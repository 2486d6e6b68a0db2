namespace Airspace.Core.Articles;

/// <summary>
/// An article as a source or a file gave it, before normalisation: the body is plain text (HTML already reduced),
/// but may still carry the site's dateline and author tag; the title may be missing.
/// </summary>
public sealed record ArticleDraft
{
    public required string Source { get; init; }

    /// <summary>
    /// The configured feed this draft was polled from; null for files and the inbox. Metrics label by it (else
    /// <c>inbox</c>), never by <see cref="Source"/>, which a file may set to any text.
    /// </summary>
    public string? Feed { get; init; }
    public string? ExternalId { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? ImageUrl { get; init; }
    /// <summary>Language if the source declares it ("id", "en"); detected otherwise.</summary>
    public string? Language { get; init; }
    /// <summary>
    /// Archive without alerting: if this creates a new article, the planner posts it nowhere (a source's first poll,
    /// an explicit backfill). Edits of it still edit whatever was posted.
    /// </summary>
    public bool Quiet { get; init; }
    /// <summary>One of the bundled demo samples (set by the first-run seeder only); see <see cref="Article.Demo"/>.</summary>
    public bool Demo { get; init; }
}
