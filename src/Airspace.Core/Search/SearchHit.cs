namespace Airspace.Core.Search;

public sealed record SearchHit(ArticleId ArticleId, float Score, HighlightedText Snippet);
