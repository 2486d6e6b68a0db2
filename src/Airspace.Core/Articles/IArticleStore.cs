namespace Airspace.Core.Articles;

/// <summary>The article store: source of truth for articles and their change log.</summary>
public interface IArticleStore
{
    /// <summary>
    /// Inserts the article, or updates the stored one it duplicates. Duplicates are found by (source, external id),
    /// then canonical URL, then content hash. Inserts and real changes append an <see cref="ArticleEvent"/>.
    /// </summary>
    Task<UpsertOutcome> UpsertAsync(NewArticle article, CancellationToken ct);

    Task<Article?> GetAsync(ArticleId id, CancellationToken ct);

    Task<Article?> FindByUrlAsync(string url, CancellationToken ct);

    Task<IReadOnlyList<Article>> GetManyAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken ct);

    /// <summary>Newest first by published time (ties: newest id first), without demo articles.</summary>
    Task<IReadOnlyList<Article>> LatestAsync(int count, CancellationToken ct);

    /// <summary>Newest first by published time (ties: newest id first); demo articles only when <paramref name="includeDemo"/>.</summary>
    Task<IReadOnlyList<Article>> LatestAsync(int count, bool includeDemo, CancellationToken ct);

    Task<long> CountAsync(CancellationToken ct);

    /// <summary>
    /// Deletes every demo article (<see cref="Article.Demo"/>) with its deliveries, appending one
    /// <see cref="ArticleEventKind.Deleted"/> event each so every search index following the change log drops it.
    /// Returns how many were deleted.
    /// </summary>
    Task<int> RemoveDemoAsync(CancellationToken ct);

    /// <summary>Every article in id order, streamed (for index rebuilds).</summary>
    IAsyncEnumerable<Article> ReadAllAsync(CancellationToken ct);

    /// <summary>Change-log entries with sequence greater than <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<ArticleEvent>> ReadEventsAsync(long afterSequence, int max, CancellationToken ct);

    /// <summary>The highest sequence in the change log (0 when empty).</summary>
    Task<long> LastSequenceAsync(CancellationToken ct);
}
