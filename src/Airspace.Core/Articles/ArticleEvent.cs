namespace Airspace.Core.Articles;

public enum ArticleEventKind
{
    Created,
    Updated,
    /// <summary>The article was deleted from the store (e.g. <c>airspace demo remove</c>): indexes drop it, nothing is posted.</summary>
    Deleted,
}

/// <summary>One entry of the store's monotonic change log; cursors (planner, search index) follow <see cref="Sequence"/>.</summary>
public sealed record ArticleEvent(long Sequence, ArticleId ArticleId, ArticleEventKind Kind);
