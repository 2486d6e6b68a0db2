namespace Airspace.Core.Articles;

/// <summary>A normalised, summarised article ready to be written to the store (no identity yet).</summary>
public sealed record NewArticle : ArticleContent
{
    /// <summary>See <see cref="ArticleDraft.Quiet"/>: an insert is recorded as a quiet Created event, which the planner skips.</summary>
    public bool Quiet { get; init; }
    /// <summary>
    /// The source gave no date, so <see cref="ArticleContent.Published"/> is the ingest time: an update keeps the stored date
    /// instead (re-importing an undated file is not a change).
    /// </summary>
    public bool PublishedAssumed { get; init; }
}
