namespace Airspace.Core.Articles;

/// <summary>A normalised, summarised article ready to be written to the store (no identity yet).</summary>
public sealed record NewArticle
{
    public required string Source { get; init; }
    public string? ExternalId { get; init; }
    public string? Url { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public required string Language { get; init; }
    public required DateTimeOffset Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? ImageUrl { get; init; }
    /// <summary>Hash of the normalised body; see <see cref="Text.ContentHash"/>.</summary>
    public required string ContentHash { get; init; }
    public required string Summary { get; init; }
    public required string SummarizerVersion { get; init; }
    /// <summary>See <see cref="ArticleDraft.Quiet"/>: an insert is recorded as a quiet Created event, which the planner skips.</summary>
    public bool Quiet { get; init; }
    /// <summary>See <see cref="Article.Demo"/>; set on insert only (an update never changes it).</summary>
    public bool Demo { get; init; }
    /// <summary>
    /// The source gave no date, so <see cref="Published"/> is the ingest time: an update keeps the stored date
    /// instead (re-importing an undated file is not a change).
    /// </summary>
    public bool PublishedAssumed { get; init; }
}
