namespace Airspace.Core.Articles;

public enum ArticleEventKind
{
    Created,
    Updated,
}

/// <summary>One entry of the store's monotonic change log; cursors (publisher, search index) follow <see cref="Sequence"/>.</summary>
public sealed record ArticleEvent(long Sequence, ArticleId ArticleId, ArticleEventKind Kind);
