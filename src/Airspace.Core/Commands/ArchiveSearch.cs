namespace Airspace.Core.Commands;

/// <summary>One page of search hits joined with their stored articles (a hit whose article is gone is dropped).</summary>
public sealed record ArchiveSearch(SearchResults Results, IReadOnlyList<(Article Article, HighlightedText Snippet)> Found)
{
    public static async Task<ArchiveSearch> RunAsync(ISearchIndex index, IArticleStore articles, SearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(articles);
        var results = await index.SearchAsync(query, ct).ConfigureAwait(false);
        var byId = (await articles.GetManyAsync(results.Hits.Select(h => h.ArticleId).ToArray(), ct).ConfigureAwait(false)).ToDictionary(a => a.Id);
        return new ArchiveSearch(results, results.Hits.Where(h => byId.ContainsKey(h.ArticleId)).Select(h => (byId[h.ArticleId], h.Snippet)).ToArray());
    }
}
