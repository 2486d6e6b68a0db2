namespace Airspace.Core.Commands;

/// <summary>An article in a reply: a search hit (with <see cref="Snippet"/>) or a latest/summary entry (with <see cref="Summary"/>).</summary>
public sealed record ReplyArticle
{
    /// <summary>Null for an article that is not in the archive (a page summarised on request).</summary>
    public required ArticleId? Id { get; init; }
    public required string Title { get; init; }
    public string? Url { get; init; }
    public required string Source { get; init; }
    public required DateTimeOffset Published { get; init; }
    public HighlightedText? Snippet { get; init; }
    public string? Summary { get; init; }

    public static ReplyArticle From(Article article, HighlightedText? snippet = null, bool withSummary = false) => new()
    {
        Id = article.Id,
        Title = article.Title,
        Url = article.Url,
        Source = article.Source,
        Published = article.Published,
        Snippet = snippet,
        Summary = withSummary ? article.Summary : null,
    };
}
